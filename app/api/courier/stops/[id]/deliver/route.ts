import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import {
  actionIdOf,
  deliverBodySchema,
  requireCourier,
  stopParams,
  toDeliverInput,
} from '@/lib/logistics/dispatch/courier-api';
import { deliverStop } from '@/lib/logistics/dispatch/stop-updates';

/**
 * Delivered with proof (recipient name, signature or photo) and the shopper's delivery code. An
 * Idempotency-Key (UUID) makes a replay of the same action answer the same without a second effect.
 */
export const POST = apiHandler(
  { auth: requireCourier(), params: stopParams, body: deliverBodySchema },
  async ({ auth, params, body, req }) => {
    const actionId = actionIdOf(req);
    await deliverStop(getDb(), auth.userId, params.id, toDeliverInput(body), actionId);
    return { ok: true, status: 'delivered' };
  },
);
