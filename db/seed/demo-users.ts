import { and, eq, sql } from 'drizzle-orm';
import { adminPermissions, users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Executor } from '@/lib/db/client';

/** Demo accounts, printed by `npm start` in demo mode; never created in production without demo. */
export const DEMO_LOGINS: readonly {
  role: UserRole;
  name: string;
  email: string;
  password: string;
}[] = [
  {
    role: 'admin',
    name: 'Administradora Loja',
    email: 'admin@loja.dev',
    password: 'loja-admin-2026',
  },
  {
    role: 'customer',
    name: 'Cliente Demonstração',
    email: 'cliente@loja.dev',
    password: 'loja-cliente-2026',
  },
  {
    role: 'courier',
    name: 'Carla Entregadora',
    email: 'courier@loja.dev',
    password: 'loja-courier-2026',
  },
];

// The demo admin can do everything (and grant permissions); every demo account is verified.
const staffFields = (role: UserRole) =>
  role === 'admin' ? { superAdmin: true, permissions: [...adminPermissions] } : {};

/**
 * Creates the demo accounts that are missing; existing ones keep their passwords but get the
 * demo admin's rights and a verified e-mail (databases seeded before accounts existed).
 */
export async function seedDemoUsers(db: Executor): Promise<number> {
  for (const login of DEMO_LOGINS) {
    await db
      .update(users)
      .set({
        ...staffFields(login.role),
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(and(eq(sql`lower(${users.email})`, login.email), eq(users.role, login.role)));
  }
  const existing = await db.select({ email: sql<string>`lower(${users.email})` }).from(users);
  const known = new Set(existing.map((row) => row.email));
  const missing = DEMO_LOGINS.filter((login) => !known.has(login.email));
  if (missing.length === 0) return 0;
  const rows = await Promise.all(
    missing.map(async (login) => ({
      email: login.email,
      name: login.name,
      role: login.role,
      passwordHash: await hashPassword(login.password),
      emailVerifiedAt: new Date(),
      ...staffFields(login.role),
    })),
  );
  const inserted = await db
    .insert(users)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length;
}
