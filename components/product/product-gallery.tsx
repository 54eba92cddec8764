import { useTranslations } from 'next-intl';
import { CatalogImage } from '@/components/ui/catalog-image';
import type { ProductImageDetail } from '@/lib/catalog/types';

/** Images already chosen for the selected options; the first one is the main picture. */
export function ProductGallery({ images }: { images: ProductImageDetail[] }) {
  const t = useTranslations('product');
  const [main, ...rest] = images;
  if (!main) return null;
  return (
    <section
      aria-label={t('gallery')}
      data-testid="product-gallery"
      className="flex flex-col gap-3"
    >
      <div className="overflow-hidden rounded-2xl bg-stone-100">
        <CatalogImage
          image={main}
          priority
          sizes="(min-width: 1024px) 50vw, 100vw"
          className="aspect-square w-full object-cover"
        />
      </div>
      {rest.length > 0 && (
        <ul className="grid grid-cols-4 gap-3">
          {rest.slice(0, 4).map((image) => (
            <li key={image.url} className="overflow-hidden rounded-lg bg-stone-100">
              <CatalogImage
                image={image}
                sizes="25vw"
                className="aspect-square w-full object-cover"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
