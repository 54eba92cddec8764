import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { requireCourier, stopParams } from '@/lib/logistics/dispatch/courier-api';
import { failInputSchema, failStop } from '@/lib/logistics/dispatch/stop-updates';

export const POST = apiHandler(
  { auth: requireCourier(), params: stopParams, body: failInputSchema },
  async ({ auth, params, body }) => {
    await failStop(getDb(), auth.userId, params.id, body);
    return { ok: true, status: 'failed' };
  },
);
