import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { adminPermissions, users, type AdminPermission } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { checkPasswordPolicy, hashPassword } from './password';
import { emailSchema } from './schemas';

export type CreateAdminInput = {
  email: string;
  name?: string;
  password: string;
  /** Omitted = a super-admin holding every permission (the first admin). */
  permissions?: AdminPermission[];
};

/**
 * `npm run admin:create`: creates an admin, or promotes the account with that e-mail, and sets
 * its password. The e-mail counts as verified: the operator typed it on the server.
 */
export async function createAdmin(
  db: Executor,
  input: CreateAdminInput,
): Promise<{ created: boolean; id: string }> {
  const email = emailSchema.parse(input.email);
  const problem = checkPasswordPolicy(input.password, email);
  if (problem) throw new Error(`The password is not acceptable: ${problem.replace('_', ' ')}.`);
  const permissions = z
    .array(z.enum(adminPermissions))
    .parse(input.permissions ?? adminPermissions);
  const fields = {
    role: 'admin' as const,
    superAdmin: input.permissions === undefined,
    permissions,
    passwordHash: await hashPassword(input.password),
    passwordChangedAt: new Date(),
    emailVerifiedAt: new Date(),
    failedSignInCount: 0,
    lockedUntil: null,
    updatedAt: new Date(),
  };
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (existing) {
    await db.update(users).set(fields).where(eq(users.id, existing.id));
    return { created: false, id: existing.id };
  }
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name ?? email.split('@')[0]!, ...fields })
    .returning({ id: users.id });
  return { created: true, id: row!.id };
}
