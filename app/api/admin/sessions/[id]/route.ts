import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { revokeSessionAsAdmin } from '@/lib/auth/manage-sessions';
import { requireApiActor } from '@/lib/auth/request-auth';

export const DELETE = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'customers' }),
    params: z.object({ id: z.uuid() }),
  },
  async ({ auth, params }) => {
    await revokeSessionAsAdmin(auth, params.id);
    return new Response(null, { status: 204 });
  },
);
