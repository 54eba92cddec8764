import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { getDb, type Executor } from '@/lib/db/client';

export const credentialColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  passwordHash: users.passwordHash,
  emailVerifiedAt: users.emailVerifiedAt,
  blockedAt: users.blockedAt,
};

/** Live (not deleted) account by e-mail, case-insensitively, with what sign-in needs. */
export async function findUserByEmail(email: string, db: Executor = getDb()) {
  const [row] = await db
    .select(credentialColumns)
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.deletedAt)));
  return row;
}
