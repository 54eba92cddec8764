import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { listSimilarProducts } from '@/lib/recommendations/list-similar-products';

export const GET = apiHandler(
  {
    auth: 'public',
    feature: 'RECOMMENDATION_AI',
    params: z.object({ slug: z.string().min(1).max(200) }),
  },
  async ({ params }) => {
    const products = await listSimilarProducts(getDb(), params.slug);
    if (!products) throw new AppError('not_found', `No product "${params.slug}".`);
    return { products };
  },
);
