import { createTranslator } from 'next-intl';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { AdminFilters, DateRangeFields, FilterField } from './admin-filters';
import { AdminPager, AdminTable, type AdminColumn } from './admin-table';

vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: namespace as never }),
}));
const tc = createTranslator({
  locale: 'en',
  messages: MESSAGES.en,
  namespace: 'adminDashboard.common' as never,
});
const common = Object.fromEntries(
  (
    ['empty', 'pagination', 'first', 'next', 'filters', 'apply', 'clear', 'from', 'to'] as const
  ).map((key) => [key, tc(key as never)]),
) as Record<
  'empty' | 'pagination' | 'first' | 'next' | 'filters' | 'apply' | 'clear' | 'from' | 'to',
  string
>;

/** Async server components render through the static prerenderer (it waits for them). */
async function renderToStaticMarkup(node: ReactNode) {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

type Row = { id: string; name: string; total: string };
const columns: AdminColumn<Row>[] = [
  { key: 'name', header: 'Name', cell: (row) => <a href={`/x/${row.id}`}>{row.name}</a> },
  { key: 'total', header: 'Total', className: 'text-right tabular-nums', cell: (r) => r.total },
];
const rows: Row[] = [
  { id: '1', name: 'Ana', total: 'R$ 1,00' },
  { id: '2', name: 'Bo', total: 'R$ 2,00' },
];
const table = async (props: Partial<Parameters<typeof AdminTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(
    <AdminTable
      rows={rows}
      columns={columns}
      caption="Orders"
      testId="admin-orders"
      minWidthClass="min-w-[52rem]"
      {...props}
    />,
  );

describe('AdminTable: the markup the admin e2e specs select by', () => {
  it('renders caption, column headings and one row per item, cell classes added to the base', async () => {
    expect(await table()).toBe(
      '<div class="overflow-x-auto"><table class="w-full min-w-[52rem] text-left text-sm" data-testid="admin-orders">' +
        '<caption class="sr-only">Orders</caption>' +
        '<thead class="border-b border-stone-300"><tr>' +
        '<th scope="col" class="px-2 py-2 font-semibold">Name</th>' +
        '<th scope="col" class="px-2 py-2 font-semibold">Total</th></tr></thead><tbody>' +
        '<tr class="border-b border-stone-100"><td class="px-2 py-2"><a href="/x/1">Ana</a></td>' +
        '<td class="px-2 py-2 text-right tabular-nums">R$ 1,00</td></tr>' +
        '<tr class="border-b border-stone-100"><td class="px-2 py-2"><a href="/x/2">Bo</a></td>' +
        '<td class="px-2 py-2 text-right tabular-nums">R$ 2,00</td></tr></tbody></table></div>',
    );
  });

  it('adds a row class after the base one when given', async () => {
    expect(await table({ rowClassName: 'align-top' })).toContain(
      '<tr class="border-b border-stone-100 align-top">',
    );
  });

  it('says the list is empty instead of an empty table', async () => {
    expect(await table({ rows: [] })).toBe(`<p>${common.empty}</p>`);
  });
});

describe('AdminPager', () => {
  it('reads its labels from the admin messages', () => {
    expect(common).toMatchObject({ empty: 'Nothing found.', first: 'First page' });
    for (const text of Object.values(common)) expect(text).not.toMatch(/adminDashboard/);
  });

  it('links first and next (rel=next) when both have somewhere to go', async () => {
    const html = await renderToStaticMarkup(
      <AdminPager firstHref="/a?q=1" nextHref="/a?q=1&cursor=c" />,
    );
    expect(html).toBe(
      `<nav aria-label="${common.pagination}" class="flex gap-4">` +
        `<a class="text-emerald-800 underline hover:text-emerald-900" href="/a?q=1">${common.first}</a>` +
        `<a class="text-emerald-800 underline hover:text-emerald-900" rel="next" href="/a?q=1&amp;cursor=c">${common.next}</a>` +
        '</nav>',
    );
  });

  it('leaves out a link with nowhere to go', async () => {
    const html = await renderToStaticMarkup(<AdminPager firstHref={null} nextHref={null} />);
    expect(html).toBe(`<nav aria-label="${common.pagination}" class="flex gap-4"></nav>`);
  });
});

describe('AdminFilters', () => {
  it('wraps the fields in a labelled GET form ending in apply and a clear link', async () => {
    const html = await renderToStaticMarkup(
      <AdminFilters clearHref="/admin/audit">
        <FilterField label="Who">
          <input name="actor" />
        </FilterField>
        <DateRangeFields from="2026-01-02" />
      </AdminFilters>,
    );
    expect(html).toMatch(
      new RegExp(
        `^<form class="flex flex-wrap items-end gap-3" aria-label="${common.filters}" method="get">`,
      ),
    );
    expect(html).toContain(
      '<label class="flex flex-col gap-1 text-sm">Who<input name="actor"/></label>',
    );
    expect(html).toContain(
      `<label class="flex flex-col gap-1 text-sm">${common.from}<input type="date"`,
    );
    expect(html).toMatch(/name="from" value="2026-01-02"\/>/);
    expect(html).toMatch(/name="to" value=""\/>/);
    expect(html).toContain(`>${common.apply}</button>`);
    expect(html).toMatch(
      new RegExp(`<a class="[^"]*" href="/admin/audit">${common.clear}</a></form>$`),
    );
  });
});
