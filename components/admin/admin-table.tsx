import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { linkClass } from './admin-ui';

/** One column of an admin list: its heading, its cell, and any classes the cell adds. */
export type AdminColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  className?: string;
};

/**
 * The admin list table (audit log, orders, customers): an sr-only caption, one `th` per column,
 * one row per item; a plain "empty" paragraph instead when there is nothing to list. The columns
 * are data, so each page says what it shows and not how the table is built.
 */
export async function AdminTable<Row extends { id: string | number }>({
  rows,
  columns,
  caption,
  testId,
  minWidthClass,
  rowClassName,
}: {
  rows: readonly Row[];
  columns: readonly AdminColumn<Row>[];
  caption: string;
  testId: string;
  /** A literal Tailwind class (e.g. `min-w-[40rem]`) so the scanner sees it in the page. */
  minWidthClass: string;
  rowClassName?: string;
}) {
  if (rows.length === 0) return <p>{(await getTranslations('adminDashboard.common'))('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidthClass} text-left text-sm`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-300">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="px-2 py-2 font-semibold">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={
                rowClassName
                  ? `border-b border-stone-100 ${rowClassName}`
                  : 'border-b border-stone-100'
              }
            >
              {columns.map((column) => (
                <td
                  key={column.key}
                  className={column.className ? `px-2 py-2 ${column.className}` : 'px-2 py-2'}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "First" / "next" links under an admin list (keyset pages); either is left out when it has
 * nowhere to go.
 */
export async function AdminPager({
  firstHref,
  nextHref,
}: {
  firstHref: string | null;
  nextHref: string | null;
}) {
  const t = await getTranslations('adminDashboard.common');
  return (
    <nav aria-label={t('pagination')} className="flex gap-4">
      {firstHref ? (
        <Link href={firstHref} className={linkClass}>
          {t('first')}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={linkClass} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
