import { apiHandler } from '@/lib/api/handler';
import { issueTokenPair } from '@/lib/auth/api-tokens';
import { requestContextFrom } from '@/lib/auth/request-context';
import { signInSchema } from '@/lib/auth/schemas';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { signInFailureError } from '@/lib/auth/sign-in-errors';
import { consumeRateLimit } from '@/lib/rate-limit';

/** API clients exchange an e-mail and password for an access token and a refresh token. */
export const POST = apiHandler({ auth: 'public', body: signInSchema }, async ({ req, body }) => {
  const ctx = requestContextFrom(req.headers);
  await consumeRateLimit('tokenIp', ctx.ip ?? 'unknown');
  const result = await signInWithPassword(body, ctx);
  if (!result.ok) throw signInFailureError(result);
  const pair = await issueTokenPair(result.user.id, ctx);
  return Response.json(pair, { headers: { 'cache-control': 'no-store' } });
});
