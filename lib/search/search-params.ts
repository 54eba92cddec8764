import { z } from 'zod';
import { SEARCH_SORTS, type PriceRange, type SearchRequest, type SearchSort } from './types';

export const SEARCH_PER_PAGE = 24;
export const MAX_QUERY_LENGTH = 100;
const MAX_PAGE = 500;
const MAX_VALUES = 20;

/** Price facet buckets in centavos, shown as "R$ 50 – R$ 100". */
export const PRICE_BUCKETS: readonly PriceRange[] = [
  { min: 0, max: 5_000 },
  { min: 5_000, max: 10_000 },
  { min: 10_000, max: 20_000 },
  { min: 20_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: null },
];

type RawParams = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= 100)
    .slice(0, MAX_VALUES);
const first = (value: string | string[] | undefined) => list(value)[0];

/** "50-100" in reais ↔ a bucket; anything that is not one of our buckets is ignored. */
export const priceKey = (range: PriceRange) =>
  `${range.min / 100}-${range.max === null ? '' : range.max / 100}`;
const BUCKET_BY_KEY = new Map(PRICE_BUCKETS.map((range) => [priceKey(range), range]));

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);
const sortSchema = z.enum(SEARCH_SORTS).catch('relevance');

/**
 * Reads the search state from the URL. Malformed values fall back to defaults instead of failing:
 * a shared link with a stale filter still shows results.
 */
export function parseSearchParams(raw: RawParams, perPage = SEARCH_PER_PAGE): SearchRequest {
  const options: Record<string, string[]> = {};
  for (const pair of list(raw.opt)) {
    const [name, value] = pair.split(':', 2).map((s) => s?.trim());
    if (!name || !value) continue;
    const values = (options[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return {
    q: String([raw.q].flat()[0] ?? '')
      .trim()
      .slice(0, MAX_QUERY_LENGTH),
    page: pageSchema.parse(first(raw.page) ?? 1),
    perPage,
    sort: sortSchema.parse(first(raw.sort) ?? 'relevance'),
    category: first(raw.category) ?? null,
    brands: [...new Set(list(raw.brand))],
    prices: list(raw.price).flatMap((key) => BUCKET_BY_KEY.get(key) ?? []),
    options,
    inStock: first(raw.stock) === '1',
  };
}

export type SearchUrlChange = Partial<Omit<SearchRequest, 'perPage'>>;

/** The canonical /search URL for a request; changing any filter resets to page 1. */
export function toSearchHref(request: SearchRequest, change: SearchUrlChange = {}): string {
  const next = { ...request, ...change };
  if (!('page' in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.category) params.set('category', next.category);
  for (const brand of next.brands) params.append('brand', brand);
  for (const range of next.prices) params.append('price', priceKey(range));
  for (const [name, values] of Object.entries(next.options))
    for (const value of values) params.append('opt', `${name}:${value}`);
  if (next.inStock) params.set('stock', '1');
  if (next.sort !== 'relevance') params.set('sort', next.sort satisfies SearchSort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return `/search${query ? `?${query}` : ''}`;
}

/** True when the shopper narrowed results with any filter (for "clear filters"). */
export function hasFilters(request: SearchRequest): boolean {
  return Boolean(
    request.category ||
    request.brands.length ||
    request.prices.length ||
    Object.keys(request.options).length ||
    request.inStock,
  );
}
