import type { ProductCardRow } from '@/lib/catalog/product-card-sql';
import type { ProductCard } from '@/lib/catalog/types';

export const SEARCH_SORTS = [
  'relevance',
  'price_asc',
  'price_desc',
  'newest',
  'best_selling',
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A price bucket in centavos; `max` null means "and above". */
export type PriceRange = { min: number; max: number | null };

/** What a shopper asked for: every field comes from the URL. */
export type SearchRequest = {
  q: string;
  page: number;
  perPage: number;
  sort: SearchSort;
  /** Category slug; matches the category and everything below it. */
  category: string | null;
  brands: string[];
  prices: PriceRange[];
  /** Option axis → accepted values (OR within an axis, AND across axes). */
  options: Record<string, string[]>;
  inStock: boolean;
};

/** Query words after typo correction and synonym expansion; both drivers execute the same plan. */
export type QueryGroup = {
  /** Normalised word as typed. */
  word: string;
  /** Accepted alternatives, the word itself first (corrections, synonyms; may be phrases). */
  alternatives: string[];
  /** Match as a prefix (autocomplete, the word being typed). */
  prefix: boolean;
};

export type QueryPlan = {
  groups: QueryGroup[];
  /** The query with typos replaced, when any word was corrected. */
  correctedQuery: string | null;
  /** Lower-cased query when it looks like a SKU or barcode. */
  identifier: string | null;
  /** Words no product contains and nothing in the vocabulary resembles. */
  unmatchedWords: string[];
};

export type HighlightSegment = { text: string; match: boolean };

export type SearchHit = ProductCard & { highlight: HighlightSegment[] };

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
export type CategoryFacet = FacetValue & { children: CategoryFacet[] };

export type SearchFacets = {
  categories: CategoryFacet[];
  brands: FacetValue[];
  prices: (FacetValue & PriceRange)[];
  options: { name: string; values: FacetValue[] }[];
  inStock: { count: number; selected: boolean };
};

export type SearchResult = {
  items: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  facets: SearchFacets;
  /** Set when typos were corrected: "showing results for …". */
  correctedQuery: string | null;
  /** Set when nothing matched and a different query might: "did you mean …?". */
  didYouMean: string | null;
  driver: SearchDriverName;
};

export type Suggestions = {
  products: {
    slug: string;
    name: string;
    highlight: HighlightSegment[];
    priceCents: number;
    currency: string;
  }[];
  categories: { slug: string; name: string }[];
  queries: string[];
};

export type SearchDriverName = 'postgres' | 'elasticsearch';

/** Raw facet counts a driver returns; labels and the category tree are added by the service. */
export type FacetCounts = {
  categories: Record<string, number>;
  brands: Record<string, number>;
  prices: Record<string, number>;
  options: Record<string, number>;
  inStock: number;
};

export type DriverSearchResult = {
  ids: string[];
  /** The page's card rows when the driver read them with the ids (PostgreSQL); else loaded after. */
  cards?: ProductCardRow[];
  total: number;
  facets: FacetCounts;
  /** Driver-side spelling suggestion (Elasticsearch term suggester), if any. */
  suggestion?: string | null;
};

/** Autocomplete product ids, best first, with their card rows when the driver read them along. */
export type DriverSuggestResult = Pick<DriverSearchResult, 'ids' | 'cards'>;

/** Resolved filters: the category slug becomes an id before a driver sees it. */
export type DriverQuery = Omit<SearchRequest, 'category'> & {
  categoryId: string | null;
  plan: QueryPlan;
};

export interface SearchDriver {
  readonly name: SearchDriverName;
  search(query: DriverQuery): Promise<DriverSearchResult>;
  suggestProducts(plan: QueryPlan, limit: number): Promise<DriverSuggestResult>;
}
