import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { emailSchema } from '@/lib/auth/schemas';
import { listMailbox } from '@/lib/email/list-mailbox';

export const GET = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'settings' }),
    query: z.object({
      to: emailSchema.optional(),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
  },
  async ({ auth, query }) => ({ messages: await listMailbox(auth, query) }),
);
