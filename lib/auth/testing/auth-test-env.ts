import { vi } from 'vitest';
import { users, type AdminPermission, type UserRole } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { resetCacheForTests } from '@/lib/cache';
import { closeDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { resetRateLimitersForTests } from '@/lib/rate-limit';
import { hashPassword } from '../password';
import type { RequestContext } from '../request-context';
import { setSessionStoreForTests } from '../session-store';

/**
 * Points the app's own getDb()/getPool() at a fresh test database (and Redis when asked), so the
 * code under test runs unmodified on real PostgreSQL.
 */
export async function useAuthTestDatabase(
  options: { redisUrl?: string } = {},
): Promise<TestDatabase & { release: () => Promise<void> }> {
  const t = await createTestDatabase();
  await closeDb();
  vi.stubEnv('DATABASE_URL', t.url);
  vi.stubEnv('REDIS_URL', options.redisUrl ?? '');
  vi.stubEnv('SMTP_URL', '');
  resetEnvForTests();
  resetCacheForTests();
  resetRateLimitersForTests();
  setSessionStoreForTests(undefined);
  return {
    ...t,
    release: async () => {
      await closeDb();
      resetCacheForTests();
      resetRateLimitersForTests();
      setSessionStoreForTests(undefined);
      vi.unstubAllEnvs();
      resetEnvForTests();
      await t.drop();
    },
  };
}

let ipCounter = 0;
/** A distinct client address per call, so IP rate limits of one test never leak into another. */
export function testContext(overrides: Partial<RequestContext> = {}): RequestContext {
  ipCounter += 1;
  return {
    ip: `203.0.113.${ipCounter % 250}`,
    userAgent: 'vitest',
    baseUrl: 'http://loja.test',
    locale: 'pt-BR',
    ...overrides,
  };
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

let userCounter = 0;
/** A verified user with TEST_PASSWORD unless told otherwise. */
export async function createTestUser(
  db: TestDatabase['db'],
  input: {
    role?: UserRole;
    permissions?: AdminPermission[];
    superAdmin?: boolean;
    verified?: boolean;
    email?: string;
  } = {},
) {
  userCounter += 1;
  const email = input.email ?? `user${userCounter}-${Date.now()}@loja.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: `Pessoa ${userCounter}`,
      role: input.role ?? 'customer',
      permissions: input.permissions ?? [],
      superAdmin: input.superAdmin ?? false,
      passwordHash: await hashPassword(TEST_PASSWORD),
      emailVerifiedAt: input.verified === false ? null : new Date(),
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  return row!;
}
