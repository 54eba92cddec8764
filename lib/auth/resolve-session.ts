import 'server-only';
import { LRUCache } from 'lru-cache';
import { decode } from 'next-auth/jwt';
import { getLogger } from '@/lib/log';
import { toActor, type Actor } from './actor';
import { loadActorUser } from './load-actor-user';
import { getAuthSecret, getSessionCookie } from './session-cookie';
import { validateSessionToken } from './sessions';

// Decrypting the cookie (a JWE: key derivation plus AES) costs more than the session lookup it
// guards, and a cookie value is immutable: its decoded session id is kept briefly, never past the
// token's own expiry. The session itself is still checked against the store on every request.
const decodedCookies = new LRUCache<string, { sid: string; expiresAtMs: number }>({
  max: 10_000,
  ttl: 60_000,
});

async function sessionIdFromCookie(value: string): Promise<string | null> {
  const { name } = getSessionCookie();
  const secret = getAuthSecret();
  // Keyed by what decoding depends on, so a rotated secret never resolves an old cookie.
  const key = `${name}\0${secret}\0${value}`;
  const hit = decodedCookies.get(key);
  if (hit && hit.expiresAtMs > Date.now()) return hit.sid;
  const payload = await decode({ token: value, secret, salt: name }).catch(() => null);
  const sid = payload?.sid;
  if (typeof sid !== 'string') return null;
  if (typeof payload?.exp === 'number')
    decodedCookies.set(key, { sid, expiresAtMs: payload.exp * 1000 });
  return sid;
}

/**
 * The actor behind a session cookie value, or null. Every request re-checks the server-side
 * session, so a revoked session stops working on the very next request.
 */
export async function resolveSessionCookie(value: string | undefined): Promise<Actor | null> {
  if (!value) return null;
  const sid = await sessionIdFromCookie(value);
  if (!sid) return null;
  try {
    const session = await validateSessionToken(sid);
    const user = session && (await loadActorUser(session.userId));
    return session && user ? toActor(user, session.id, 'session') : null;
  } catch (error) {
    // A session store outage signs people out for its duration; it never lets anyone in.
    getLogger().error({ err: error }, 'session store unavailable');
    return null;
  }
}

export function readCookieHeader(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return decodeURIComponent(part.slice(index + 1).trim());
    }
  }
  return undefined;
}
