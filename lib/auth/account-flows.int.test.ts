import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxMessages, oneTimeTokens, securityEvents, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { verifyEmail } from './email-verification';
import { LOCKOUT_THRESHOLD } from './lockout';
import { requestPasswordReset, resetPassword, unlockAccount } from './password-reset';
import { signInWithPassword } from './sign-in';
import { signUp } from './sign-up';
import {
  createTestUser,
  TEST_PASSWORD,
  testContext,
  useAuthTestDatabase,
} from './testing/auth-test-env';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

async function lastLink(to: string, path: string) {
  const [mail] = await t.db
    .select()
    .from(mailboxMessages)
    .where(eq(mailboxMessages.to, to))
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(1);
  const match = mail?.text.match(new RegExp(`http://loja\\.test${path}\\?token=([\\w-]+)`));
  return { mail, token: match?.[1] };
}

describe('sign-up, verification and sign-in', () => {
  it('creates an unverified customer, mails a link, and signs in only after verification', async () => {
    const email = `nova-${Date.now()}@loja.test`;
    const input = { name: 'Ana Souza', email, password: 'um-caju-no-quintal', cpf: '52998224725' };
    expect(await signUp(input, testContext())).toEqual({ ok: true });
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.emailVerifiedAt).toBeNull();

    const unverified = await signInWithPassword({ email, password: input.password }, testContext());
    expect(unverified).toEqual({ ok: false, code: 'email_unverified' });

    const { token } = await lastLink(email, '/verify-email');
    expect(token).toBeDefined();
    expect(await verifyEmail(token!, testContext())).toBe(true);
    expect(await verifyEmail(token!, testContext())).toBe(false);
    const ok = await signInWithPassword(
      { email: email.toUpperCase(), password: input.password },
      testContext(),
    );
    expect(ok).toMatchObject({ ok: true, user: { email, role: 'customer' } });
  });

  it('answers a taken e-mail exactly like a new one and notifies the owner instead', async () => {
    const owner = await createTestUser(t.db);
    const answer = await signUp(
      { name: 'Outra Pessoa', email: owner.email, password: 'um-caju-no-quintal' },
      testContext(),
    );
    expect(answer).toEqual({ ok: true });
    const { mail } = await lastLink(owner.email, '/forgot-password');
    expect(mail?.template).toBe('sign_up_existing');
    const [row] = await t.db.select().from(users).where(eq(users.email, owner.email));
    expect(row?.name).toBe(owner.name);
  });

  it('refuses a CPF already registered, naming only the CPF field', async () => {
    const first = {
      name: 'Bruno Lima',
      email: `b1-${Date.now()}@loja.test`,
      password: 'um-caju-no-quintal',
      cpf: '11144477735',
    };
    expect(await signUp(first, testContext())).toEqual({ ok: true });
    const second = { ...first, email: `b2-${Date.now()}@loja.test` };
    expect(await signUp(second, testContext())).toEqual({
      ok: false,
      field: 'cpf',
      code: 'cpf_taken',
    });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const user = await createTestUser(t.db);
    const wrong = await signInWithPassword(
      { email: user.email, password: 'not-the-password' },
      testContext(),
    );
    const unknown = await signInWithPassword(
      { email: `ghost-${Date.now()}@loja.test`, password: 'x' },
      testContext(),
    );
    expect(wrong).toEqual({ ok: false, code: 'invalid_credentials' });
    expect(unknown).toEqual(wrong);
  });
});

describe('progressive lockout', () => {
  it('locks after repeated failures, e-mails an unlock link, and the link lifts the lock', async () => {
    const user = await createTestUser(t.db);
    const attempt = () =>
      signInWithPassword({ email: user.email, password: 'wrong-password' }, testContext());
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) expect((await attempt()).ok).toBe(false);
    const locking = await attempt();
    expect(locking).toMatchObject({ ok: false, code: 'locked', retryAfterSeconds: 60 });
    // Even the right password is refused while locked.
    const right = await signInWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      testContext(),
    );
    expect(right).toMatchObject({ ok: false, code: 'locked' });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.failedSignInCount).toBe(LOCKOUT_THRESHOLD);
    expect(row?.lockedUntil).not.toBeNull();

    const { token } = await lastLink(user.email, '/unlock');
    expect(await unlockAccount(token!, testContext())).toBe(true);
    const after = await signInWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      testContext(),
    );
    expect(after.ok).toBe(true);
  });

  it('locks a made-up e-mail the same way (no enumeration through lockout)', async () => {
    const email = `nobody-${Date.now()}@loja.test`;
    let last;
    for (let i = 0; i < LOCKOUT_THRESHOLD; i += 1) {
      last = await signInWithPassword({ email, password: 'whatever' }, testContext());
    }
    expect(last).toMatchObject({ ok: false, code: 'locked', retryAfterSeconds: 60 });
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets a new password and signs the account out everywhere', async () => {
    const user = await createTestUser(t.db);
    await requestPasswordReset(user.email, testContext());
    const { token } = await lastLink(user.email, '/reset-password');
    expect(await resetPassword(token!, 'uma-senha-nova-e-longa', testContext())).toBe(true);
    expect(await resetPassword(token!, 'outra-senha-nova-longa', testContext())).toBe(false);
    expect(
      (await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, testContext())).ok,
    ).toBe(false);
    expect(
      (
        await signInWithPassword(
          { email: user.email, password: 'uma-senha-nova-e-longa' },
          testContext(),
        )
      ).ok,
    ).toBe(true);
    const events = await t.db
      .select({ type: securityEvents.type })
      .from(securityEvents)
      .where(eq(securityEvents.userId, user.id));
    expect(events.map((e) => e.type)).toContain('password_reset');
  });

  it('refuses an expired link', async () => {
    const user = await createTestUser(t.db);
    await requestPasswordReset(user.email, testContext());
    const { token } = await lastLink(user.email, '/reset-password');
    await t.db
      .update(oneTimeTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oneTimeTokens.userId, user.id));
    expect(await resetPassword(token!, 'uma-senha-nova-e-longa', testContext())).toBe(false);
  });

  it('does nothing visible for an unknown e-mail, and rate-limits per account', async () => {
    const email = `ghost-reset-${Date.now()}@loja.test`;
    await expect(requestPasswordReset(email, testContext())).resolves.toBeUndefined();
    const mails = await t.db.select().from(mailboxMessages).where(eq(mailboxMessages.to, email));
    expect(mails).toEqual([]);
    await requestPasswordReset(email, testContext());
    await requestPasswordReset(email, testContext());
    const limited = await requestPasswordReset(email, testContext()).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(AppError);
    expect((limited as AppError).code).toBe('rate_limited');
    expect((limited as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
