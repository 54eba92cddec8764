import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CarrierActiveForm } from '@/components/logistics/carrier-active-form';
import { CarrierForm } from '@/components/logistics/carrier-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { CARRIER_PERMISSION, listCarriers } from '@/lib/logistics/carriers/carrier-admin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCarriers'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCarriersPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin/carriers');
  if (!hasPermission(actor, CARRIER_PERMISSION)) return <Forbidden />;
  const [t, carriers, query] = await Promise.all([
    getTranslations('adminCarriers'),
    listCarriers(getDb()),
    searchParams,
  ]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('intro')}</p>
      {query.saved && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
        >
          {t('saved')}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm" data-testid="carriers-table">
          <thead className="border-b border-stone-300">
            <tr>
              {(['name', 'code', 'template', 'status', 'actions'] as const).map((k) => (
                <th key={k} scope="col" className="px-2 py-2 font-semibold">
                  {t(`columns.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {carriers.map((c) => (
              <tr key={c.code} className="border-b border-stone-100" data-carrier={c.code}>
                <td className="px-2 py-2">
                  <Link href={`/admin/carriers/${c.code}`} className="font-semibold underline">
                    {c.name}
                  </Link>
                </td>
                <td className="px-2 py-2 font-mono">{c.code}</td>
                <td className="px-2 py-2 font-mono break-all">{c.trackingUrlTemplate ?? '—'}</td>
                <td className="px-2 py-2">{c.active ? t('statusActive') : t('statusInactive')}</td>
                <td className="px-2 py-2">
                  <CarrierActiveForm code={c.code} name={c.name} active={c.active} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-carrier" className="flex flex-col gap-3">
        <h2 id="new-carrier" className="text-lg font-semibold">
          {t('newTitle')}
        </h2>
        <CarrierForm initial={{}} />
      </section>
    </div>
  );
}
