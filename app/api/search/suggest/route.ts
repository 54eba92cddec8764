import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { LOCALES } from '@/lib/i18n/config';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-params';
import { suggestSearch } from '@/lib/search/suggest-search';

/** Autocomplete for the header search box: products, categories and popular queries. */
export const GET = apiHandler(
  {
    auth: 'public',
    query: z.object({
      q: z.string().max(MAX_QUERY_LENGTH),
      locale: z.enum(LOCALES).default('pt-BR'),
    }),
  },
  async ({ query }) => {
    const suggestions = await suggestSearch(query.q, query.locale);
    return Response.json(suggestions, {
      // Shared, short-lived: the same prefix is typed by many shoppers.
      headers: { 'cache-control': 'public, max-age=30, stale-while-revalidate=60' },
    });
  },
);
