import type { ProductDetail } from '@/lib/catalog/types';

/** Major units as the decimal string schema.org expects ("89.90"), from integer centavos. */
const toDecimal = (cents: number) =>
  `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * schema.org Product with one Offer per variant (price in BRL, availability from stock), so
 * search engines show price and stock in rich results.
 */
export function buildProductJsonLd(product: ProductDetail, baseUrl: string) {
  const url = new URL(`/p/${product.slug}`, baseUrl).toString();
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    url,
    sku: product.variants[0]?.sku,
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    image: product.images.map((image) => new URL(image.url, baseUrl).toString()),
    category: product.breadcrumbs.map((crumb) => crumb.name).join(' > '),
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      url: `${url}?${new URLSearchParams(variant.options)}`,
      price: toDecimal(variant.priceCents),
      priceCurrency: variant.currency,
      availability:
        variant.onHand > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      itemCondition: 'https://schema.org/NewCondition',
    })),
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no tag can close it. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
