import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BulkEditForm } from '@/components/admin/catalog/bulk-edit-form';
import { CatalogTabs } from '@/components/admin/catalog/catalog-tabs';
import { Forbidden } from '@/components/admin/forbidden';
import { productStatus } from '@/db/schema/catalog';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listAdminCategories } from '@/lib/catalog/admin/category-admin';
import { toCategoryOptions } from '@/lib/catalog/admin/editor-values';
import {
  ADMIN_PRODUCT_SORTS,
  adminProductListParams,
  listAdminProducts,
} from '@/lib/catalog/admin/list-admin-products';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.list'))('title') };
}

const control = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm';

export default async function AdminCatalogPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin/catalog');
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  const raw = await searchParams;
  const params = adminProductListParams.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [t, format, locale, categories, page] = await Promise.all([
    getTranslations('adminCatalog'),
    getFormatter(),
    getLocale(),
    listAdminCategories(),
    listAdminProducts(getDb(), params),
  ]);
  const options = toCategoryOptions(categories);
  const nextHref = page.next
    ? `/admin/catalog?${new URLSearchParams({
        ...(params.q ? { q: params.q } : {}),
        ...(params.category ? { category: params.category } : {}),
        ...(params.status ? { status: params.status } : {}),
        sort: params.sort,
        after: page.next,
      })}`
    : null;
  return (
    <div className="flex flex-col gap-4 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('list.title')}</h1>
        <a
          href="/api/admin/catalog/export"
          className="text-sm font-semibold text-emerald-800 underline"
        >
          {t('list.export')}
        </a>
      </div>
      <CatalogTabs current="products" />
      <form
        method="get"
        className="flex flex-wrap items-end gap-3"
        role="search"
        aria-label={t('list.filters')}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t('list.search')}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={params.q} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-category" className="text-sm font-semibold">
            {t('list.category')}
          </label>
          <select
            id="filter-category"
            name="category"
            defaultValue={params.category ?? ''}
            className={control}
          >
            <option value="">{t('list.all')}</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-semibold">
            {t('list.status')}
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={params.status ?? ''}
            className={control}
          >
            <option value="">{t('list.all')}</option>
            {productStatus.map((s) => (
              <option key={s} value={s}>
                {t(`editor.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-sort" className="text-sm font-semibold">
            {t('list.sort')}
          </label>
          <select id="filter-sort" name="sort" defaultValue={params.sort} className={control}>
            {ADMIN_PRODUCT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`list.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-full bg-emerald-800 px-4 py-1.5 text-sm font-semibold text-white"
        >
          {t('list.apply')}
        </button>
      </form>
      <BulkEditForm categories={options}>
        {page.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[52rem] text-left text-sm" data-testid="admin-products">
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="px-2 py-2">
                    <span className="sr-only">{t('list.select')}</span>
                  </th>
                  {(
                    ['name', 'category', 'status', 'variants', 'price', 'stock', 'updated'] as const
                  ).map((k) => (
                    <th key={k} scope="col" className="px-2 py-2 font-semibold">
                      {t(`list.columns.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.items.map((p) => (
                  <tr key={p.id} className="border-b border-stone-100">
                    <td className="px-2 py-2">
                      <input
                        type="checkbox"
                        name="ids"
                        value={p.id}
                        aria-label={t('list.selectRow', { name: p.name })}
                        className="size-4 accent-emerald-800"
                      />
                    </td>
                    <td className="px-2 py-2">
                      <Link
                        href={`/admin/catalog/${p.id}`}
                        className="font-semibold text-emerald-900 underline"
                      >
                        {p.name}
                      </Link>
                    </td>
                    <td className="px-2 py-2">{p.categoryName}</td>
                    <td className="px-2 py-2">{t(`editor.statuses.${p.status as 'active'}`)}</td>
                    <td className="px-2 py-2">{p.variantCount}</td>
                    <td className="px-2 py-2">
                      {p.minPriceCents === null ? '—' : formatMoney(p.minPriceCents, 'BRL', locale)}
                    </td>
                    <td className="px-2 py-2">{p.onHand}</td>
                    <td className="px-2 py-2">
                      {format.dateTime(p.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </BulkEditForm>
      {nextHref && (
        <Link
          href={nextHref}
          className="self-start rounded-full border border-stone-400 px-4 py-1.5 text-sm font-semibold"
        >
          {t('list.next')}
        </Link>
      )}
    </div>
  );
}
