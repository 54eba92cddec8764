import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { AdjustStockForm, ThresholdForm } from '@/components/admin/inventory/stock-forms';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getVariantStock } from '@/lib/inventory/get-variant-stock';
import { listMovementsPage } from '@/lib/inventory/list-movements-page';

type Props = {
  params: Promise<{ variantId: string }>;
  searchParams: Promise<{ after?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.inventory'))('ledgerTitle') };
}

export default async function VariantStockPage({ params, searchParams }: Props) {
  const { variantId } = await params;
  const actor = await requirePageActor(`/admin/inventory/${variantId}`);
  if (!hasPermission(actor, 'inventory')) return <Forbidden />;
  if (!/^[0-9a-f-]{36}$/i.test(variantId)) notFound();
  const { after } = await searchParams;
  const db = getDb();
  const [t, format, stock, ledger] = await Promise.all([
    getTranslations('adminCatalog.inventory'),
    getFormatter(),
    getVariantStock(db, variantId),
    listMovementsPage(db, variantId, after),
  ]);
  if (!stock) notFound();
  return (
    <div className="flex flex-col gap-4 py-4">
      <p className="text-sm">
        <Link href="/admin/inventory" className="text-emerald-900 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {stock.productName} <span className="font-mono text-lg text-stone-700">{stock.sku}</span>
      </h1>
      <dl className="grid max-w-md grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid="stock-summary">
        <dt className="font-semibold">{t('columns.onHand')}</dt>
        <dd data-testid="on-hand">{stock.onHand}</dd>
        <dt className="font-semibold">{t('columns.held')}</dt>
        <dd>{stock.held}</dd>
        <dt className="font-semibold">{t('columns.threshold')}</dt>
        <dd>
          {stock.threshold}
          {stock.ownThreshold === null && ` (${t('default')})`}
        </dd>
      </dl>
      <section aria-labelledby="adjust-heading" className="flex flex-col gap-2">
        <h2 id="adjust-heading" className="text-lg font-semibold">
          {t('adjustTitle')}
        </h2>
        <AdjustStockForm key={stock.onHand} variantId={variantId} />
        <ThresholdForm variantId={variantId} threshold={stock.ownThreshold} />
      </section>
      <section aria-labelledby="ledger-heading" className="flex flex-col gap-2">
        <h2 id="ledger-heading" className="text-lg font-semibold">
          {t('ledgerTitle')}
        </h2>
        {ledger.items.length === 0 ? (
          <p className="text-sm">{t('noMovements')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm" data-testid="ledger">
              <thead className="border-b border-stone-300">
                <tr>
                  {(['at', 'kind', 'quantity', 'reason', 'actor'] as const).map((k) => (
                    <th key={k} scope="col" className="px-2 py-2 font-semibold">
                      {t(`ledger.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ledger.items.map((m) => (
                  <tr key={m.id} className="border-b border-stone-100">
                    <td className="px-2 py-2">
                      {format.dateTime(m.at, { dateStyle: 'short', timeStyle: 'medium' })}
                    </td>
                    <td className="px-2 py-2">
                      {t.has(`kinds.${m.kind}`) ? t(`kinds.${m.kind}`) : m.kind}
                    </td>
                    <td className="px-2 py-2 font-mono">
                      {m.quantity > 0 ? `+${m.quantity}` : m.quantity}
                    </td>
                    <td className="px-2 py-2">{m.reason}</td>
                    <td className="px-2 py-2">{m.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ledger.next && (
          <Link
            href={`/admin/inventory/${variantId}?after=${encodeURIComponent(ledger.next)}`}
            className="self-start rounded-full border border-stone-400 px-4 py-1.5 text-sm font-semibold"
          >
            {t('olderMovements')}
          </Link>
        )}
      </section>
    </div>
  );
}
