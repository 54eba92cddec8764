import { apiHandler } from '@/lib/api/handler';
import { listSessionsAsAdmin } from '@/lib/auth/manage-sessions';
import { requireApiActor } from '@/lib/auth/request-auth';

export const GET = apiHandler(
  { auth: requireApiActor({ roles: ['admin'], permission: 'customers' }) },
  async ({ auth }) => ({ sessions: await listSessionsAsAdmin(auth) }),
);
