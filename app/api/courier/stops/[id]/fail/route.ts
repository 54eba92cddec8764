import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { actionIdOf, requireCourier, stopParams } from '@/lib/logistics/dispatch/courier-api';
import { failInputSchema, failStop } from '@/lib/logistics/dispatch/stop-updates';

export const POST = apiHandler(
  { auth: requireCourier(), params: stopParams, body: failInputSchema },
  async ({ auth, params, body, req }) => {
    await failStop(getDb(), auth.userId, params.id, body, actionIdOf(req));
    return { ok: true, status: 'failed' };
  },
);
