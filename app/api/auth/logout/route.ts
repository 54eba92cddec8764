import { apiHandler } from '@/lib/api/handler';
import { revokeRefreshFamily } from '@/lib/auth/api-tokens';
import { refreshTokenBodySchema } from '@/lib/auth/refresh-token-body';

/** Revokes the refresh token's family; idempotent, and says nothing about unknown tokens. */
export const POST = apiHandler(
  { auth: 'public', body: refreshTokenBodySchema },
  async ({ body }) => {
    await revokeRefreshFamily(body.refreshToken);
    return new Response(null, { status: 204 });
  },
);
