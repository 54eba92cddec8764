/** Cache tag names, in one place: reads declare them, admin writes invalidate them. */
export const CACHE_TAGS = {
  /** Every search result page and its facet counts. */
  search: 'search',
  /** Synonym groups (admin-managed). */
  synonyms: 'search-synonyms',
  /** The category tree (header, facets, autocomplete). */
  categoryTree: 'category-tree',
  /** Every product detail read (a category rename changes their breadcrumbs). */
  products: 'products',
  /** One product's detail read. */
  product: (id: string) => `product:${id}`,
  /** A product detail read looked up by slug (slugs can change). */
  productSlug: (slug: string) => `product-slug:${slug}`,
  /** The one-row store settings (name, contact, installment rules, return window). */
  storeSettings: 'store-settings',
} as const;

/**
 * Only shared catalog data may live in the shared cache. Personal data (carts, sessions, orders,
 * accounts) never does: keys outside these namespaces are refused.
 */
export const SHARED_NAMESPACES = ['catalog', 'search', 'settings'] as const;
export type SharedNamespace = (typeof SHARED_NAMESPACES)[number];
