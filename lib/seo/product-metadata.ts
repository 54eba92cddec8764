import type { Metadata } from 'next';
import type { ProductDetail } from '@/lib/catalog/types';

const DESCRIPTION_MAX = 160;

/** The first ≤160 characters of a description, cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

/**
 * The product page's metadata: the SEO title and description set in the admin editor when there
 * are any (blank counts as none), else the product's name and a description excerpt; an absolute
 * canonical URL without the variant query, and the same words and first image for Open Graph.
 */
export function buildProductMetadata(product: ProductDetail, baseUrl: string): Metadata {
  const title = product.seo.title?.trim() || product.name;
  const description = product.seo.description?.trim() || excerpt(product.description);
  const url = new URL(`/p/${product.slug}`, baseUrl).toString();
  const images = product.images.slice(0, 1).map((image) => ({
    url: new URL(image.url, baseUrl).toString(),
    width: image.width,
    height: image.height,
    alt: image.alt || product.name,
  }));
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description, images },
    twitter: { card: images.length > 0 ? 'summary_large_image' : 'summary', title, description },
  };
}
