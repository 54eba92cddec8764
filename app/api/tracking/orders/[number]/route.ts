import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { authorizeOrderTracking } from '@/lib/tracking/authorize-order-tracking';
import { getOrderTracking } from '@/lib/tracking/get-order-tracking';

export const dynamic = 'force-dynamic';

/** One order's tracking state, for polling when no live transport gets through. */
export const GET = apiHandler(
  {
    auth: 'public',
    params: z.object({ number: z.string().min(1).max(40) }),
    query: z.object({ t: z.string().max(100).optional() }),
  },
  async ({ req, params, query }) => {
    const order = await authorizeOrderTracking(req, params.number, query.t);
    return Response.json(await getOrderTracking(getDb(), order), {
      headers: { 'cache-control': 'private, no-store' },
    });
  },
);
