import { apiHandler } from '@/lib/api/handler';
import { clientIp } from '@/lib/auth/request-context';
import { requireApiActor } from '@/lib/auth/request-auth';
import { answerPlanRequest, planRequestSchema } from '@/lib/logistics/dispatch/plan-request';

/**
 * Plans today's delivery routes for the ready orders (admin, logistics permission). The baseline
 * is always on; the optimizer runs when FEATURE_OR_TOOLS_LOGISTICS is on (see plan-request.ts).
 */
export const POST = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'logistics' }),
    body: planRequestSchema,
  },
  async ({ req, auth, body, log }) =>
    answerPlanRequest(req, auth, body, { ip: clientIp(req.headers), log }),
);
