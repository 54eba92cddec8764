import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminTable, type AdminColumn } from '@/components/admin/admin-table';
import { Forbidden } from '@/components/admin/forbidden';
import { CarrierActiveForm } from '@/components/logistics/carrier-active-form';
import { CarrierForm } from '@/components/logistics/carrier-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import type { Carrier } from '@/db/schema';
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
  const columns: AdminColumn<Carrier & { id: string }>[] = [
    {
      key: 'name',
      header: t('columns.name'),
      cell: (c) => (
        <Link href={`/admin/carriers/${c.code}`} className="font-semibold underline">
          {c.name}
        </Link>
      ),
    },
    { key: 'code', header: t('columns.code'), cell: (c) => c.code, className: 'font-mono' },
    {
      key: 'template',
      header: t('columns.template'),
      cell: (c) => c.trackingUrlTemplate ?? '—',
      className: 'font-mono break-all',
    },
    {
      key: 'status',
      header: t('columns.status'),
      cell: (c) => (c.active ? t('statusActive') : t('statusInactive')),
    },
    {
      key: 'actions',
      header: t('columns.actions'),
      cell: (c) => <CarrierActiveForm code={c.code} name={c.name} active={c.active} />,
    },
  ];
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
      <AdminTable
        rows={carriers.map((carrier) => ({ ...carrier, id: carrier.code }))}
        columns={columns}
        caption={t('tableCaption')}
        testId="carriers-table"
        minWidthClass="min-w-[40rem]"
      />
      <section aria-labelledby="new-carrier" className="flex flex-col gap-3">
        <h2 id="new-carrier" className="text-lg font-semibold">
          {t('newTitle')}
        </h2>
        <CarrierForm initial={{}} />
      </section>
    </div>
  );
}
