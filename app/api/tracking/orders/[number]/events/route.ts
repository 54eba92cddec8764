import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { orderChannel } from '@/lib/realtime';
import { sseResponse } from '@/lib/realtime/sse-response';
import { authorizeOrderTracking } from '@/lib/tracking/authorize-order-tracking';
import { getOrderTracking } from '@/lib/tracking/get-order-tracking';

export const dynamic = 'force-dynamic';

/** Live events of one order (SSE): its owner, the browser that placed it, or its tracking link. */
export const GET = apiHandler(
  {
    auth: 'public',
    params: z.object({ number: z.string().min(1).max(40) }),
    query: z.object({ t: z.string().max(100).optional() }),
  },
  async ({ req, params, query }) => {
    const order = await authorizeOrderTracking(req, params.number, query.t);
    return sseResponse(req, [orderChannel(order.id)], () => getOrderTracking(getDb(), order));
  },
);
