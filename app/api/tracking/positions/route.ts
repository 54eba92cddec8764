import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { requirePositionPoster } from '@/lib/tracking/device-key-auth';
import { positionBatchSchema } from '@/lib/tracking/position-input';
import { receivePositions } from '@/lib/tracking/receive-positions';

export const dynamic = 'force-dynamic';

/**
 * A courier's device reports where it is. Whose positions these are comes from the caller: a
 * courier's session or Bearer token, or `Authorization: DeviceKey <key>` (a GPS tracker or a native
 * app; lib/logistics/dispatch/README.md), never from the body.
 */
export const POST = apiHandler(
  { auth: requirePositionPoster(), body: positionBatchSchema },
  async ({ auth, body, log }) => receivePositions(getDb(), auth.userId, body, log),
);
