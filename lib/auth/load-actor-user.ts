import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import type { ActorUserRow } from './actor';

/** The live user row behind a session or token: a deleted or blocked account acts as signed out. */
export async function loadActorUser(userId: string): Promise<ActorUserRow | undefined> {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      permissions: users.permissions,
      superAdmin: users.superAdmin,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt), isNull(users.blockedAt)));
  return row;
}
