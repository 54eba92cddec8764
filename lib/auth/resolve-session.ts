import 'server-only';
import { decode } from 'next-auth/jwt';
import { getLogger } from '@/lib/log';
import { toActor, type Actor } from './actor';
import { loadActorUser } from './load-actor-user';
import { getAuthSecret, getSessionCookie } from './session-cookie';
import { validateSessionToken } from './sessions';

/**
 * The actor behind a session cookie value, or null. Every request re-checks the server-side
 * session, so a revoked session stops working on the very next request.
 */
export async function resolveSessionCookie(value: string | undefined): Promise<Actor | null> {
  if (!value) return null;
  const { name } = getSessionCookie();
  const payload = await decode({ token: value, secret: getAuthSecret(), salt: name }).catch(
    () => null,
  );
  const sid = payload?.sid;
  if (typeof sid !== 'string') return null;
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
