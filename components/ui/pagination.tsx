import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { pageWindow } from './page-window';

const linkClass =
  'inline-flex min-w-10 items-center justify-center rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700';

export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations('pagination');
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label={t('label')}
      data-testid="pagination"
      className="mt-10 flex flex-col items-center gap-3"
    >
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              {t('previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={t('page', { page: p })}
                aria-current={p === page ? 'page' : undefined}
                className={`${linkClass} aria-[current=page]:border-emerald-800 aria-[current=page]:bg-emerald-800 aria-[current=page]:text-white`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              {t('next')}
            </Link>
          </li>
        )}
      </ul>
      <p className="text-sm text-stone-600">{t('status', { page, total: totalPages })}</p>
    </nav>
  );
}
