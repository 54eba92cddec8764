import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import {
  deliverBodySchema,
  requireCourier,
  stopParams,
  toDeliverInput,
} from '@/lib/logistics/dispatch/courier-api';
import { deliverStop } from '@/lib/logistics/dispatch/stop-updates';

/** Delivered with proof (recipient name, signature or photo) and the shopper's delivery code. */
export const POST = apiHandler(
  { auth: requireCourier(), params: stopParams, body: deliverBodySchema },
  async ({ auth, params, body }) => {
    await deliverStop(getDb(), auth.userId, params.id, toDeliverInput(body));
    return { ok: true, status: 'delivered' };
  },
);
