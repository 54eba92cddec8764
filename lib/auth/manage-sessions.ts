import 'server-only';
import { AppError } from '@/lib/errors';
import { assertAllowed, type Actor } from './actor';
import { recordSecurityEvent } from './security-events';
import { getSessionStore } from './session-store';
import { listActiveSessions, type SessionListItem } from './sessions';

/** Staff view of every active session: admins with the "customers" permission. */
export async function listSessionsAsAdmin(actor: Actor | null): Promise<SessionListItem[]> {
  assertAllowed(actor, { roles: ['admin'], permission: 'customers' });
  return listActiveSessions({ limit: 500 });
}

export async function revokeSessionAsAdmin(actor: Actor | null, sessionId: string) {
  const admin = assertAllowed(actor, { roles: ['admin'], permission: 'customers' });
  const store = getSessionStore();
  const session = await store.findById(sessionId);
  if (!session || !(await store.revoke(sessionId, 'revoked_by_admin'))) {
    throw new AppError('not_found', 'Session not found.');
  }
  await recordSecurityEvent({
    type: 'session_revoked',
    userId: session.userId,
    detail: { sessionId, by: admin.userId },
  });
}

/** The actor's own sessions, marking the one making this request. */
export async function listMySessions(actor: Actor | null) {
  const me = assertAllowed(actor);
  const sessions = await listActiveSessions({ userId: me.userId });
  return sessions.map(({ user: _user, ...session }) => ({
    ...session,
    current: me.via === 'session' && session.id === me.sessionId,
  }));
}

/** Signs out one of the actor's own sessions; another user's id answers like a missing one. */
export async function revokeMySession(actor: Actor | null, sessionId: string) {
  const me = assertAllowed(actor);
  const store = getSessionStore();
  const session = await store.findById(sessionId);
  if (!session || session.userId !== me.userId)
    throw new AppError('not_found', 'Session not found.');
  await store.revoke(sessionId, 'revoked_by_user');
  await recordSecurityEvent({ type: 'session_revoked', userId: me.userId, detail: { sessionId } });
}
