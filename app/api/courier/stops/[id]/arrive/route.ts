import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { actionIdOf, requireCourier, stopParams } from '@/lib/logistics/dispatch/courier-api';
import { arriveAtStop } from '@/lib/logistics/dispatch/stop-updates';

export const POST = apiHandler(
  { auth: requireCourier(), params: stopParams },
  async ({ auth, params, req }) => {
    await arriveAtStop(getDb(), auth.userId, params.id, actionIdOf(req));
    return { ok: true, status: 'arrived' };
  },
);
