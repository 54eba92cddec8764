import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { getDb } from '@/lib/db/client';
import { LOGISTICS_CHANNEL } from '@/lib/realtime';
import { sseResponse } from '@/lib/realtime/sse-response';
import { listLiveCouriers } from '@/lib/tracking/list-live-couriers';

export const dynamic = 'force-dynamic';

/** Every courier's live position (SSE) for the admin live map. */
export const GET = apiHandler(
  { auth: requireApiActor({ permission: 'logistics' }) },
  async ({ req }) =>
    sseResponse(req, [LOGISTICS_CHANNEL], async () => ({
      couriers: await listLiveCouriers(getDb()),
    })),
);
