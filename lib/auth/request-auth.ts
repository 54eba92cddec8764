import 'server-only';
import type { AuthHook } from '@/lib/api/handler';
import { AppError } from '@/lib/errors';
import { assertAllowed, toActor, type Actor, type Requirement } from './actor';
import { isTokenFamilyActive } from './api-tokens';
import { verifyToken } from './jwt-keys';
import { loadActorUser } from './load-actor-user';
import { readCookieHeader, resolveSessionCookie } from './resolve-session';
import { getSessionCookie } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveBearer(header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const payload = match?.[1] ? await verifyToken('access', match[1]) : undefined;
  const familyId = payload?.fam;
  if (!payload?.sub || typeof familyId !== 'string' || !(await isTokenFamilyActive(familyId))) {
    throw new AppError('unauthorized', 'The access token is invalid or expired.');
  }
  const user = await loadActorUser(payload.sub);
  if (!user) throw new AppError('unauthorized', 'The access token is invalid or expired.');
  return toActor(user, familyId, 'token');
}

/**
 * Who calls a route handler: an API access token (Authorization: Bearer) or the browser session
 * cookie. A cookie-authenticated write must come from our own origin (CSRF), which SameSite=Lax
 * already mostly guarantees.
 */
export async function resolveRequestActor(req: Request): Promise<Actor | null> {
  const authorization = req.headers.get('authorization');
  if (authorization) return resolveBearer(authorization);
  const cookie = readCookieHeader(req.headers.get('cookie'), getSessionCookie().name);
  if (!cookie) return null;
  const origin = req.headers.get('origin');
  if (!SAFE_METHODS.has(req.method) && origin && origin !== new URL(req.url).origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    if (!host || new URL(origin).host !== host) {
      throw new AppError('forbidden', 'Cross-site request refused.');
    }
  }
  return resolveSessionCookie(cookie);
}

/** apiHandler's `auth` for routes that need a signed-in caller, optionally with a role or permission. */
export function requireApiActor(need: Requirement = {}): AuthHook<Actor> {
  return async (req) => assertAllowed(await resolveRequestActor(req), need);
}
