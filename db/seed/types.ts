/** Plain, database-free shapes produced by the generators and consumed by the writers. */
export type CategorySeed = {
  slug: string;
  name: string;
  description: string;
  children?: CategorySeed[];
};

export type OptionAxis = {
  name: string;
  /** Values in display order; ordered axes (sizes, capacities) keep this order when picked. */
  values: readonly string[];
  /** How many values a product offers: 'all', or a [min, max] range picked at random. */
  pick: 'all' | readonly [number, number];
  /** Contiguous picks suit ordered axes (128 GB and 256 GB, not 64 GB and 1 TB). */
  contiguous?: boolean;
  /** Price multiplier per value (e.g. Capa dura 1.4); missing values cost the base price. */
  priceFactor?: Readonly<Record<string, number>>;
  /** Extra price per step up an ordered axis, as a fraction of the base price. */
  priceStep?: number;
};

export type ProductFamily = {
  /** Leaf category slug the products belong to. */
  category: string;
  nouns: readonly string[];
  qualifiers: readonly string[];
  details: readonly string[];
  brands: readonly string[];
  /** Base price range in centavos. */
  price: readonly [number, number];
  axes: readonly OptionAxis[];
  blurbs: readonly string[];
};

export type GeneratedVariant = {
  sku: string;
  options: Record<string, string>;
  priceCents: number;
  compareAtCents: number | null;
  position: number;
  onHand: number;
};

export type GeneratedImage = {
  optionMatch: Record<string, string> | null;
  url: string;
  alt: string;
  width: number;
  height: number;
  position: number;
};

export type GeneratedProduct = {
  slug: string;
  name: string;
  description: string;
  brand: string;
  categorySlug: string;
  featured: boolean;
  optionNames: string[];
  /** How long ago the product was listed, so "newest" sorting has something to sort. */
  ageMinutes: number;
  variants: GeneratedVariant[];
  images: GeneratedImage[];
};
