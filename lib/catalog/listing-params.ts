import { z } from 'zod';

export const PRODUCT_SORTS = ['newest', 'price_asc', 'price_desc', 'name'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export const DEFAULT_SORT: ProductSort = 'newest';
export const PER_PAGE = 12;
const MAX_PAGE = 10_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Anything malformed falls back to the default instead of failing the page.
const listingSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1),
  sort: z.preprocess(first, z.enum(PRODUCT_SORTS)).catch(DEFAULT_SORT),
});

export type ListingParams = z.infer<typeof listingSchema>;

export function parseListingParams(
  searchParams: Record<string, string | string[] | undefined>,
): ListingParams {
  return listingSchema.parse({
    page: searchParams.page ?? 1,
    sort: searchParams.sort ?? DEFAULT_SORT,
  });
}
