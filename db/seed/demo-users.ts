import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { users, type UserRole } from '@/db/schema';
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
];

/** Creates the demo accounts that are missing; existing ones (and their passwords) are left alone. */
export async function seedDemoUsers(db: Executor): Promise<number> {
  const existing = await db.select({ email: sql<string>`lower(${users.email})` }).from(users);
  const known = new Set(existing.map((row) => row.email));
  const missing = DEMO_LOGINS.filter((login) => !known.has(login.email));
  if (missing.length === 0) return 0;
  const rows = await Promise.all(
    missing.map(async (login) => ({
      email: login.email,
      name: login.name,
      role: login.role,
      passwordHash: await hash(login.password),
    })),
  );
  const inserted = await db
    .insert(users)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length;
}
