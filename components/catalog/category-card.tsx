import Link from 'next/link';
import { CatalogImage } from '@/components/ui/catalog-image';
import type { CategoryLink } from '@/lib/catalog/types';

export function CategoryCard({
  category,
  description,
}: {
  category: CategoryLink;
  description?: string;
}) {
  return (
    <article
      data-testid="category-card"
      data-slug={category.slug}
      className="group relative overflow-hidden rounded-xl border border-stone-200 bg-white focus-within:ring-2 focus-within:ring-emerald-700 hover:shadow-md"
    >
      <CatalogImage
        image={{ url: `/img/category/${category.slug}.svg`, alt: '', width: 600, height: 600 }}
        className="aspect-[4/3] w-full object-cover"
      />
      <div className="p-3">
        <h3 className="font-semibold text-stone-900">
          <Link
            href={`/c/${category.slug}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {category.name}
          </Link>
        </h3>
        {description && <p className="mt-1 line-clamp-2 text-sm text-stone-600">{description}</p>}
      </div>
    </article>
  );
}
