import Link from 'next/link';
import { useTranslations } from 'next-intl';

export type Crumb = { name: string; href: string };

/** Home, then `trail`; the last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const t = useTranslations('breadcrumbs');
  const crumbs = [{ name: t('home'), href: '/' }, ...trail];
  return (
    <nav aria-label={t('label')} data-testid="breadcrumbs" className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true">›</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-stone-900">
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.href} className="underline-offset-2 hover:underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
