import 'server-only';
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { users, type UserRole } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { createOpaqueToken, hashToken } from './secure-token';
import { getSessionStore, type SessionRecord } from './session-store';
import { SESSION_POLICY, sessionKindFor, TOUCH_INTERVAL_MS } from './session-policy';

export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Starts a server-side session; the returned token goes (only) into the encrypted cookie. */
export async function createSession(
  user: { id: string; role: UserRole },
  meta: RequestMeta,
  now = new Date(),
): Promise<{ token: string; session: SessionRecord }> {
  const kind = sessionKindFor(user.role);
  const token = createOpaqueToken();
  const session: SessionRecord = {
    id: randomUUID(),
    userId: user.id,
    kind,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_POLICY[kind].absoluteMs),
  };
  await getSessionStore().create(hashToken(token), session);
  return { token, session };
}

/**
 * The session a cookie's token names, if it is still valid: not revoked, within its absolute
 * limit and used within its idle limit. Touches lastSeenAt (at most once a minute).
 */
export async function validateSessionToken(
  token: string,
  now = new Date(),
): Promise<SessionRecord | undefined> {
  const store = getSessionStore();
  const session = await store.findByTokenHash(hashToken(token));
  if (!session) return undefined;
  const { idleMs } = SESSION_POLICY[session.kind];
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) {
    await store.revoke(session.id, 'idle_timeout');
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await store.touch(session.id, now);
  }
  return session;
}

export function revokeSession(id: string, reason: string) {
  return getSessionStore().revoke(id, reason);
}

export function revokeSessionToken(token: string, reason: string) {
  const store = getSessionStore();
  return store
    .findByTokenHash(hashToken(token))
    .then((session) => (session ? store.revoke(session.id, reason) : false));
}

export function revokeUserSessions(userId: string, reason: string, exceptId?: string) {
  return getSessionStore().revokeForUser(userId, reason, exceptId);
}

export type SessionListItem = Omit<SessionRecord, 'userId'> & {
  user: { id: string; email: string; name: string; role: UserRole };
};

/** Active sessions with their owner, for the admin sessions page. */
export async function listActiveSessions(
  filter: { userId?: string; limit?: number } = {},
): Promise<SessionListItem[]> {
  const sessions = await getSessionStore().list({
    userId: filter.userId,
    limit: filter.limit ?? 200,
  });
  if (sessions.length === 0) return [];
  const owners = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(inArray(users.id, [...new Set(sessions.map((s) => s.userId))]));
  const byId = new Map(owners.map((owner) => [owner.id, owner]));
  return sessions.flatMap(({ userId, ...session }) => {
    const user = byId.get(userId);
    return user ? [{ ...session, user }] : [];
  });
}
