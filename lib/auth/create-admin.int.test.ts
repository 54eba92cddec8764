import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { DEMO_LOGINS, seedDemoUsers } from '@/db/seed';
import { createAdmin } from './create-admin';
import { signInWithPassword } from './sign-in';
import { createTestUser, testContext, useAuthTestDatabase } from './testing/auth-test-env';
import { inheritedEnvironment } from '@/lib/env';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

describe('first admin', () => {
  it('creates a verified super-admin holding every permission', async () => {
    const result = await createAdmin(t.db, {
      email: 'Chefe@Loja.test',
      password: 'uma-senha-de-gerente',
    });
    expect(result.created).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.id, result.id));
    expect(row).toMatchObject({ email: 'chefe@loja.test', role: 'admin', superAdmin: true });
    expect(row?.permissions.sort()).toEqual([
      'catalog',
      'customers',
      'inventory',
      'logistics',
      'orders',
      'settings',
      'staff',
    ]);
    const signIn = await signInWithPassword(
      { email: 'chefe@loja.test', password: 'uma-senha-de-gerente' },
      testContext(),
    );
    expect(signIn).toMatchObject({ ok: true, user: { role: 'admin' } });
  });

  it('refuses a weak password and promotes an existing account with narrower permissions', async () => {
    await expect(
      createAdmin(t.db, { email: 'x@loja.test', password: 'password123' }),
    ).rejects.toThrow(/not acceptable/);
    const customer = await createTestUser(t.db);
    const result = await createAdmin(t.db, {
      email: customer.email,
      password: 'outra-senha-bem-longa',
      permissions: ['orders'],
    });
    expect(result).toEqual({ created: false, id: customer.id });
    const [row] = await t.db.select().from(users).where(eq(users.id, customer.id));
    expect(row).toMatchObject({ role: 'admin', superAdmin: false, permissions: ['orders'] });
  });

  it('npm run admin:create reads the password from stdin and never echoes it', async () => {
    const password = 'uma-chave-de-terminal-longa';
    const child = promisify(execFile)(
      'npx',
      ['tsx', 'scripts/admin-create.ts', '--email', 'script@loja.test', '--name', 'Script'],
      {
        env: { ...inheritedEnvironment(), DATABASE_URL: t.url, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      },
    );
    child.child.stdin?.end(password);
    const { stdout, stderr } = await child;
    expect(stdout).toContain('Created admin script@loja.test (super-admin');
    expect(stdout + stderr).not.toContain(password);
    const [row] = await t.db.select().from(users).where(eq(users.email, 'script@loja.test'));
    expect(row?.superAdmin).toBe(true);
  }, 60_000);

  it('seeds the demo admin as a verified super-admin and the demo shopper as verified', async () => {
    await seedDemoUsers(t.db);
    for (const login of DEMO_LOGINS) {
      const [row] = await t.db.select().from(users).where(eq(users.email, login.email));
      expect(row?.emailVerifiedAt).not.toBeNull();
      expect(row?.superAdmin).toBe(login.role === 'admin');
    }
  });
});
