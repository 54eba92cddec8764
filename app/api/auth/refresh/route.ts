import { apiHandler } from '@/lib/api/handler';
import { rotateRefreshToken } from '@/lib/auth/api-tokens';
import { refreshTokenBodySchema } from '@/lib/auth/refresh-token-body';
import { requestContextFrom } from '@/lib/auth/request-context';
import { consumeRateLimit } from '@/lib/rate-limit';

/** Rotation: the refresh token is spent and a new pair issued; a reused one kills its family. */
export const POST = apiHandler(
  { auth: 'public', body: refreshTokenBodySchema },
  async ({ req, body }) => {
    const ctx = requestContextFrom(req.headers);
    await consumeRateLimit('refreshIp', ctx.ip ?? 'unknown');
    const pair = await rotateRefreshToken(body.refreshToken, ctx);
    return Response.json(pair, { headers: { 'cache-control': 'no-store' } });
  },
);
