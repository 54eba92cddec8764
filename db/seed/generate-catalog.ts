import { CATEGORY_TREE } from './data/categories';
import { PRODUCT_FAMILIES } from './data/families';
import { generateProduct } from './generate-product';
import { createRng } from './random';
import type { CategorySeed, GeneratedProduct } from './types';

export const DEMO_PRODUCT_COUNT = 240;
const FEATURED_EVERY = 20;

/** The demo catalog; identical on every call, so seeding can be repeated safely. */
export function generateDemoCatalog(count = DEMO_PRODUCT_COUNT): {
  categories: readonly CategorySeed[];
  products: GeneratedProduct[];
} {
  const used = new Set<string>();
  const products: GeneratedProduct[] = [];
  for (let i = 0; i < count; i++) {
    const family = PRODUCT_FAMILIES[i % PRODUCT_FAMILIES.length]!;
    const product = generateProduct({
      family,
      rng: createRng(`demo:${i}`),
      skuPrefix: `LJ-${String(i).padStart(5, '0')}`,
      featured: i % FEATURED_EVERY === 7,
    });
    // Two products may draw the same name; the second gets a numbered slug (and image URLs).
    let slug = product.slug;
    for (let n = 2; used.has(slug); n++) slug = `${product.slug}-${n}`;
    used.add(slug);
    if (slug !== product.slug) {
      const from = `/img/product/${product.slug}/`;
      product.images = product.images.map((image) => ({
        ...image,
        url: image.url.replace(from, `/img/product/${slug}/`),
      }));
      product.slug = slug;
    }
    products.push(product);
  }
  return { categories: CATEGORY_TREE, products };
}

/**
 * Product number `serial` of the large (benchmark) catalog. Slugs and SKUs carry the serial, so
 * consecutive runs that continue the numbering never collide.
 */
export function generateLargeProduct(serial: number): GeneratedProduct {
  return generateProduct({
    family: PRODUCT_FAMILIES[serial % PRODUCT_FAMILIES.length]!,
    rng: createRng(`large:${serial}`),
    slugSuffix: `-x${serial}`,
    skuPrefix: `LX-${serial}`,
  });
}
