import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { parseSearchParams } from '@/lib/search/search-params';
import { searchProducts } from '@/lib/search/search-products';

/** Product search as JSON, with the same URL parameters as the /search page. */
export const GET = apiHandler(
  { auth: 'public', query: z.record(z.string(), z.union([z.string(), z.array(z.string())])) },
  async ({ query }) => {
    const result = await searchProducts(parseSearchParams(query));
    return Response.json(result, { headers: { 'cache-control': 'public, max-age=30' } });
  },
);
