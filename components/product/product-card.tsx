import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { CatalogImage } from '@/components/ui/catalog-image';
import type { ProductCard as ProductCardData } from '@/lib/catalog/types';
import { Price } from './price';

export function ProductCard({
  product,
  priority = false,
  headingLevel = 3,
}: {
  product: ProductCardData;
  priority?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('product');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      data-testid="product-card"
      data-slug={product.slug}
      className="group relative flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white transition focus-within:ring-2 focus-within:ring-emerald-700 hover:shadow-md"
    >
      <div className="aspect-square overflow-hidden bg-stone-100">
        {product.image && (
          <CatalogImage
            image={{ ...product.image, alt: '' }}
            priority={priority}
            className="size-full object-cover transition group-hover:scale-105"
          />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        {product.brand && (
          <p className="text-xs tracking-wide text-stone-600 uppercase">{product.brand}</p>
        )}
        <Heading className="line-clamp-2 text-sm font-medium text-stone-900">
          {/* The stretched link makes the whole card clickable with one tab stop. */}
          <Link
            href={`/p/${product.slug}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {product.name}
          </Link>
        </Heading>
        <div className="mt-auto pt-2">
          <Price
            cents={product.priceCents}
            compareAtCents={product.compareAtCents}
            currency={product.currency}
            from={product.hasPriceRange}
          />
          {!product.inStock && (
            <p className="text-xs font-semibold text-stone-600">{t('stock.out_of_stock')}</p>
          )}
        </div>
      </div>
    </article>
  );
}
