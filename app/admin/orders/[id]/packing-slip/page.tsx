import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { PrintButton } from '@/components/admin/print-button';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.orders'))('packingSlip') };
}

/** One A4 page: the print stylesheet hides the site chrome and the dashboard nav. */
export default async function PackingSlipPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/orders/${id}/packing-slip`);
  if (!hasPermission(actor, 'orders')) return <Forbidden />;
  const detail = await getAdminOrder(getDb(), id);
  if (!detail) notFound();
  const t = await getTranslations('adminDashboard.orders');
  const { order, lines } = detail;
  return (
    <article className="packing-slip mx-auto flex max-w-3xl flex-col gap-4 bg-white p-6 text-black">
      <style>{`@media print {
        body > *:not(main), #main > div > aside, header, footer, .no-print { display: none !important; }
        .packing-slip { max-width: none; padding: 0; }
        @page { size: A4; margin: 15mm; }
      }`}</style>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t('slipTitle', { number: order.number })}</h1>
        <PrintButton label={t('print')} />
      </div>
      <address className="not-italic">
        <strong>{order.address.recipient}</strong>
        <br />
        {order.address.street}, {order.address.number}
        {order.address.complement ? ` — ${order.address.complement}` : ''}
        <br />
        {order.address.district} · {order.address.city}/{order.address.state}
        <br />
        {t('cep')} {order.address.cep}
      </address>
      {order.shippingLabel ? <p>{order.shippingLabel}</p> : null}
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-black">
            <th scope="col" className="py-1">
              {t('sku')}
            </th>
            <th scope="col" className="py-1">
              {t('items')}
            </th>
            <th scope="col" className="py-1 text-right">
              {t('qty')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} className="border-b border-stone-400">
              <td className="py-1 font-mono">{line.sku}</td>
              <td className="py-1">
                {line.productName}
                {Object.values(line.options).length > 0
                  ? ` (${Object.values(line.options).join(', ')})`
                  : ''}
              </td>
              <td className="py-1 text-right text-lg font-bold">{line.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
