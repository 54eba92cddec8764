import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Price } from '@/components/product/price';
import { CatalogImage } from '@/components/ui/catalog-image';
import type { SearchHit } from '@/lib/search/types';
import { HighlightedText } from './highlighted-text';

/** The product card of the storefront, with the matched words of the name highlighted. */
export function SearchHitCard({ hit, priority = false }: { hit: SearchHit; priority?: boolean }) {
  const t = useTranslations('product');
  return (
    <article
      data-testid="product-card"
      data-slug={hit.slug}
      className="group relative flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white transition focus-within:ring-2 focus-within:ring-emerald-700 hover:shadow-md"
    >
      <div className="aspect-square overflow-hidden bg-stone-100">
        {hit.image && (
          <CatalogImage
            image={{ ...hit.image, alt: '' }}
            priority={priority}
            className="size-full object-cover transition group-hover:scale-105"
          />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        {hit.brand && <p className="text-xs tracking-wide text-stone-600 uppercase">{hit.brand}</p>}
        <h3 className="line-clamp-2 text-sm font-medium text-stone-900">
          <Link
            href={`/p/${hit.slug}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            <HighlightedText segments={hit.highlight} />
          </Link>
        </h3>
        <div className="mt-auto pt-2">
          <Price
            cents={hit.priceCents}
            compareAtCents={hit.compareAtCents}
            currency={hit.currency}
            from={hit.hasPriceRange}
          />
          {!hit.inStock && (
            <p className="text-xs font-semibold text-stone-600">{t('stock.out_of_stock')}</p>
          )}
        </div>
      </div>
    </article>
  );
}
