import type { ImageRef } from '@/lib/catalog/types';

/**
 * Catalog images are small generated SVGs served by /img with immutable caching; the image
 * optimiser has nothing to add, and next/image refuses local URLs with query strings.
 */
export function CatalogImage({
  image,
  className,
  priority = false,
  sizes,
}: {
  image: ImageRef;
  className?: string;
  priority?: boolean;
  sizes?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see the comment above
    <img
      src={image.url}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
      className={className}
    />
  );
}
