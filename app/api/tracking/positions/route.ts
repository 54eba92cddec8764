import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { getDb } from '@/lib/db/client';
import { positionBatchSchema } from '@/lib/tracking/position-input';
import { receivePositions } from '@/lib/tracking/receive-positions';

export const dynamic = 'force-dynamic';

/** A courier's device reports where it is; the courier is whoever the session or token says. */
export const POST = apiHandler(
  { auth: requireApiActor({ roles: ['courier'] }), body: positionBatchSchema },
  async ({ auth, body, log }) => receivePositions(getDb(), auth.userId, body, log),
);
