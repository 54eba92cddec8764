import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CategoryLink } from '@/lib/catalog/types';

export function SubcategoryLinks({ categories }: { categories: CategoryLink[] }) {
  const t = useTranslations('category');
  if (categories.length === 0) return null;
  return (
    <nav aria-label={t('subcategories')}>
      <ul className="flex flex-wrap gap-2">
        {categories.map((category) => (
          <li key={category.slug}>
            <Link
              href={`/c/${category.slug}`}
              className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-sm hover:border-stone-900 focus-visible:outline-2 focus-visible:outline-emerald-700"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
