import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { requireCourier } from '@/lib/logistics/dispatch/courier-api';
import { getCourierRoute } from '@/lib/logistics/dispatch/courier-route';
import { MAX_CODE_ATTEMPTS } from '@/lib/logistics/dispatch/delivery-code';

/** The signed-in courier's open route with stops in order (null when there is none). */
export const GET = apiHandler({ auth: requireCourier() }, async ({ auth }) => {
  const view = await getCourierRoute(getDb(), auth.userId, MAX_CODE_ATTEMPTS);
  return view ?? { courier: null, route: null };
});
