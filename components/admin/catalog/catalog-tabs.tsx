import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const TABS = [
  { key: 'products', href: '/admin/catalog' },
  { key: 'newProduct', href: '/admin/catalog/new' },
  { key: 'categories', href: '/admin/catalog/categories' },
  { key: 'import', href: '/admin/catalog/import' },
] as const;

/** Sub-navigation of the catalog area. */
export async function CatalogTabs({ current }: { current: (typeof TABS)[number]['key'] }) {
  const t = await getTranslations('adminCatalog.tabs');
  return (
    <nav aria-label={t('label')} className="flex flex-wrap gap-2 border-b border-stone-200 pb-2">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className="rounded-full px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 aria-[current=page]:bg-emerald-800 aria-[current=page]:text-white"
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
