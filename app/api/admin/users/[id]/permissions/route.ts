import { z } from 'zod';
import { adminPermissions } from '@/db/schema';
import { apiHandler } from '@/lib/api/handler';
import { setAdminPermissions } from '@/lib/auth/grant-permissions';
import { requireApiActor } from '@/lib/auth/request-auth';
import { clientIp } from '@/lib/auth/request-context';

/** An admin holding "staff" (or a super-admin) sets the finer permissions of another admin. */
export const PUT = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'staff' }),
    params: z.object({ id: z.uuid() }),
    body: z.object({ permissions: z.array(z.enum(adminPermissions)).max(adminPermissions.length) }),
  },
  async ({ auth, params, body, req }) =>
    setAdminPermissions(auth, params.id, body.permissions, { ip: clientIp(req.headers) }),
);
