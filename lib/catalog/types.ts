/** Trimmed, serialisable shapes the storefront renders; never raw rows. */
export type CategoryLink = { slug: string; name: string };

export type CategoryNode = CategoryLink & {
  id: string;
  description: string;
  children: CategoryNode[];
};

export type CategoryDetail = CategoryLink & {
  id: string;
  description: string;
  /** Root first, excluding the category itself. */
  ancestors: CategoryLink[];
  children: CategoryLink[];
};

export type ImageRef = { url: string; alt: string; width: number; height: number };

export type ProductCard = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  /** Lowest variant price, in minor units. */
  priceCents: number;
  /** Compare-at price of the cheapest variant, when it is on sale. */
  compareAtCents: number | null;
  currency: string;
  /** Variants differ in price, so the card says "from". */
  hasPriceRange: boolean;
  inStock: boolean;
  image: ImageRef | null;
};

export type VariantDetail = {
  id: string;
  sku: string;
  options: Record<string, string>;
  priceCents: number;
  compareAtCents: number | null;
  currency: string;
  onHand: number;
};

export type ProductImageDetail = ImageRef & { optionMatch: Record<string, string> | null };

export type ProductDetail = {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string | null;
  optionNames: string[];
  category: CategoryLink;
  /** Root first, ending with the product's own category. */
  breadcrumbs: CategoryLink[];
  variants: VariantDetail[];
  images: ProductImageDetail[];
  /** The admin editor's SEO overrides (null: fall back to name and description). */
  seo: { title: string | null; description: string | null };
};

export type ProductPage = {
  items: ProductCard[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
};
