import { encode } from 'next-auth/jwt';
import { adminPermissions, type AdminPermission, type UserRole } from '@/db/schema';
import type { TestDatabase } from '@/db/testing/test-db';
import { getAuthSecret, getSessionCookie } from '../session-cookie';
import { createSession } from '../sessions';
import { createTestUser } from './auth-test-env';

export type ActorName =
  'anonymous' | 'customerA' | 'customerB' | 'courier' | `admin:${AdminPermission}` | 'superAdmin';

export const ACTOR_NAMES: ActorName[] = [
  'anonymous',
  'customerA',
  'customerB',
  'courier',
  ...adminPermissions.map((p) => `admin:${p}` as const),
  'superAdmin',
];

export type MatrixUser = { id: string; email: string; role: UserRole };

/** One real account per matrix actor (anonymous aside). */
export async function createMatrixUsers(db: TestDatabase['db']) {
  const users = new Map<ActorName, MatrixUser>();
  users.set('customerA', await createTestUser(db));
  users.set('customerB', await createTestUser(db));
  users.set('courier', await createTestUser(db, { role: 'courier' }));
  for (const permission of adminPermissions) {
    users.set(
      `admin:${permission}`,
      await createTestUser(db, { role: 'admin', permissions: [permission] }),
    );
  }
  users.set('superAdmin', await createTestUser(db, { role: 'admin', superAdmin: true }));
  return users;
}

/** A fresh server-side session and the exact cookie Auth.js would have set for it. */
export async function sessionCookieFor(user: MatrixUser) {
  const { token, session } = await createSession(user, { ip: '198.51.100.1', userAgent: 'matrix' });
  const { name } = getSessionCookie();
  const value = await encode({ token: { sid: token }, secret: getAuthSecret(), salt: name });
  return { name, value, sessionId: session.id };
}
