import 'server-only';
import { listFeaturedProducts } from '@/lib/catalog/list-featured-products';
import type { ProductCard } from '@/lib/catalog/types';
import { getDb } from '@/lib/db/client';
import { getLogger } from '@/lib/log';
import { hasFilters } from './search-params';
import { searchProducts } from './search-products';
import { recordSearchQuery } from './search-queries';
import type { SearchRequest, SearchResult } from './types';

const EMPTY_FACETS: SearchResult['facets'] = {
  categories: [],
  brands: [],
  prices: [],
  options: [],
  inStock: { count: 0, selected: false },
};

/**
 * Everything the /search page shows: results, and popular products when there are none. An empty
 * request (no words, no filters) runs no search at all.
 */
export async function loadSearchPage(
  request: SearchRequest,
): Promise<{ result: SearchResult; popular: ProductCard[] }> {
  const browsing = !request.q && !hasFilters(request);
  const result: SearchResult = browsing
    ? {
        items: [],
        total: 0,
        page: 1,
        perPage: request.perPage,
        totalPages: 1,
        facets: EMPTY_FACETS,
        correctedQuery: null,
        didYouMean: null,
        driver: 'postgres',
      }
    : await searchProducts(request);
  const popular = result.total === 0 ? await listFeaturedProducts({ limit: 8 }) : [];
  return { result, popular };
}

/** Logs a first-page search for "popular searches"; never fails the page. */
export async function logSearch(request: SearchRequest, result: SearchResult, locale: string) {
  if (!request.q || request.page > 1) return;
  try {
    await recordSearchQuery(getDb(), { q: request.q, locale, results: result.total });
  } catch (err) {
    getLogger().warn({ err }, 'could not record search query');
  }
}
