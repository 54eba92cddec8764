import type { Client } from '@elastic/elasticsearch';
import type { SearchDriver } from '../types';
import { buildSearchBody, buildSuggestBody } from './build-search-body';
import { parseSearchResponse } from './parse-search-response';

/** The alias searches read; reindexing builds a new index behind it and swaps it atomically. */
export const DEFAULT_INDEX_ALIAS = 'loja-products';
// Shoppers wait for search: past this, PostgreSQL answers instead.
const SEARCH_TIMEOUT_MS = 1_500;

export function createElasticsearchDriver(
  client: Client,
  alias = DEFAULT_INDEX_ALIAS,
): SearchDriver {
  const options = { requestTimeout: SEARCH_TIMEOUT_MS, maxRetries: 0 };
  return {
    name: 'elasticsearch',
    async search(query) {
      const response = await client.search({ index: alias, ...buildSearchBody(query) }, options);
      return parseSearchResponse(response, query);
    },
    async suggestProducts(plan, limit) {
      const response = await client.search(
        { index: alias, ...buildSuggestBody(plan, limit) },
        options,
      );
      return {
        ids: response.hits.hits.map((hit) => hit._id).filter((id): id is string => Boolean(id)),
      };
    },
  };
}
