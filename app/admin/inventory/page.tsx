import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { listStockOverview, stockListParams } from '@/lib/inventory/list-stock-overview';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.inventory'))('title') };
}

export default async function AdminInventoryPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin/inventory');
  if (!hasPermission(actor, 'inventory')) return <Forbidden />;
  const raw = await searchParams;
  const params = stockListParams.parse({
    q: typeof raw.q === 'string' ? raw.q : '',
    after: typeof raw.after === 'string' ? raw.after : undefined,
  });
  const [t, page] = await Promise.all([
    getTranslations('adminCatalog.inventory'),
    listStockOverview(getDb(), params),
  ]);
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <form method="get" role="search" aria-label={t('search')} className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="stock-q" className="text-sm font-semibold">
            {t('search')}
          </label>
          <input
            id="stock-q"
            name="q"
            type="search"
            defaultValue={params.q}
            className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm"
          />
        </div>
        <button
          type="submit"
          className="rounded-full bg-emerald-800 px-4 py-1.5 text-sm font-semibold text-white"
        >
          {t('searchButton')}
        </button>
      </form>
      {page.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm" data-testid="stock-table">
            <thead className="border-b border-stone-300">
              <tr>
                {(['sku', 'product', 'onHand', 'held', 'threshold'] as const).map((k) => (
                  <th key={k} scope="col" className="px-2 py-2 font-semibold">
                    {t(`columns.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => {
                const low = row.onHand <= row.threshold;
                return (
                  <tr key={row.variantId} className="border-b border-stone-100" data-sku={row.sku}>
                    <td className="px-2 py-2 font-mono">
                      <Link
                        href={`/admin/inventory/${row.variantId}`}
                        className="font-semibold text-emerald-900 underline"
                      >
                        {row.sku}
                      </Link>
                    </td>
                    <td className="px-2 py-2">
                      {row.productName}
                      {Object.values(row.options).length > 0 && (
                        <span className="text-stone-600">
                          {' '}
                          · {Object.values(row.options).join(' / ')}
                        </span>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      {row.onHand}
                      {low && (
                        <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                          {t('low')}
                        </span>
                      )}
                    </td>
                    <td className="px-2 py-2">{row.held}</td>
                    <td className="px-2 py-2">
                      {row.threshold}
                      {row.ownThreshold === null && (
                        <span className="text-stone-600"> ({t('default')})</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page.next && (
        <Link
          href={`/admin/inventory?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), after: page.next })}`}
          className="self-start rounded-full border border-stone-400 px-4 py-1.5 text-sm font-semibold"
        >
          {t('next')}
        </Link>
      )}
    </div>
  );
}
