import { Writable } from 'node:stream';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as logoutRoute } from '@/app/api/auth/logout/route';
import { POST as refreshRoute } from '@/app/api/auth/refresh/route';
import { POST as tokenRoute } from '@/app/api/auth/token/route';
import { mailboxMessages } from '@/db/schema';
import { createLogger } from '@/lib/log';
import { LOCKOUT_THRESHOLD } from './lockout';
import { requestPasswordReset, resetPassword } from './password-reset';
import { signInWithPassword } from './sign-in';
import { signUp } from './sign-up';
import {
  createTestUser,
  TEST_PASSWORD,
  testContext,
  useAuthTestDatabase,
} from './testing/auth-test-env';

const lines: string[] = [];
const globalForLog = globalThis as unknown as { lojaLogger?: ReturnType<typeof createLogger> };

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
  // The process logger at its most verbose, writing into memory.
  globalForLog.lojaLogger = createLogger({
    level: 'trace',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });
});
afterAll(async () => {
  globalForLog.lojaLogger = undefined;
  await t.release();
});

const post = (url: string, body: unknown) =>
  new Request(`http://loja.test${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
    body: JSON.stringify(body),
  });

describe('logs', () => {
  it('never contain a password, token, reset link or hash, whatever the flow does', async () => {
    const secrets: string[] = [TEST_PASSWORD, 'wrong-password-attempt', 'a-brand-new-password'];
    const user = await createTestUser(t.db);

    const signUpPassword = 'um-caju-no-quintal-secreto';
    secrets.push(signUpPassword);
    await signUp(
      { name: 'Log Test', email: `log-${Date.now()}@loja.test`, password: signUpPassword },
      testContext(),
    );
    for (let i = 0; i < LOCKOUT_THRESHOLD; i += 1) {
      await signInWithPassword(
        { email: `ghost-${i}@loja.test`, password: 'wrong-password-attempt' },
        testContext(),
      );
    }

    const issued = await tokenRoute(
      post('/api/auth/token', { email: user.email, password: TEST_PASSWORD }),
    );
    const pair = (await issued.json()) as { accessToken: string; refreshToken: string };
    secrets.push(pair.accessToken, pair.refreshToken);
    const rotated = await refreshRoute(
      post('/api/auth/refresh', { refreshToken: pair.refreshToken }),
    );
    const second = (await rotated.json()) as { refreshToken: string };
    secrets.push(second.refreshToken);
    expect(
      (await refreshRoute(post('/api/auth/refresh', { refreshToken: pair.refreshToken }))).status,
    ).toBe(401);
    await logoutRoute(post('/api/auth/logout', { refreshToken: second.refreshToken }));
    await tokenRoute(
      post('/api/auth/token', { email: user.email, password: 'wrong-password-attempt' }),
    );

    await requestPasswordReset(user.email, testContext());
    const [mail] = await t.db
      .select()
      .from(mailboxMessages)
      .where(eq(mailboxMessages.to, user.email))
      .orderBy(desc(mailboxMessages.createdAt))
      .limit(1);
    const resetToken = mail!.text.match(/token=([\w-]+)/)![1]!;
    secrets.push(resetToken);
    await resetPassword(resetToken, 'a-brand-new-password', testContext());

    const output = lines.join('');
    expect(output).toContain('refresh_token_reuse');
    expect(output).toContain('request completed');
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/\$argon2id\$/);
  });
});
