import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refreshTokens, securityEvents } from '@/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { issueTokenPair, revokeRefreshFamily, rotateRefreshToken } from './api-tokens';
import { hashToken } from './secure-token';
import { resolveRequestActor } from './request-auth';
import { createTestUser, testContext, useAuthTestDatabase } from './testing/auth-test-env';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const bearer = (token: string) =>
  new Request('http://loja.test/api/x', { headers: { authorization: `Bearer ${token}` } });

describe('API tokens', () => {
  it('issues a pair whose access token authenticates and whose refresh token is stored hashed', async () => {
    const user = await createTestUser(t.db);
    const pair = await issueTokenPair(user.id, testContext());
    expect(pair).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshExpiresIn: 2_592_000,
    });
    const actor = await resolveRequestActor(bearer(pair.accessToken));
    expect(actor).toMatchObject({ userId: user.id, via: 'token' });
    const rows = await t.db.select().from(refreshTokens).where(eq(refreshTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(pair.refreshToken));
    expect(JSON.stringify(rows)).not.toContain(pair.refreshToken);
  });

  it('rotates: each refresh token works once; reuse revokes the whole family and is recorded', async () => {
    const user = await createTestUser(t.db);
    const first = await issueTokenPair(user.id, testContext());
    const second = await rotateRefreshToken(first.refreshToken, testContext());
    const third = await rotateRefreshToken(second.refreshToken, testContext());
    expect(third.refreshToken).not.toBe(second.refreshToken);

    await expect(rotateRefreshToken(first.refreshToken, testContext())).rejects.toMatchObject({
      code: 'unauthorized',
    });
    // The legitimate latest token died with the family, and so did its access token.
    await expect(rotateRefreshToken(third.refreshToken, testContext())).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(resolveRequestActor(bearer(third.accessToken))).rejects.toMatchObject({
      code: 'unauthorized',
    });
    const events = await t.db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.userId, user.id));
    expect(events.map((e) => e.type)).toContain('refresh_token_reuse');
  });

  it('logout revokes the family', async () => {
    const user = await createTestUser(t.db);
    const pair = await issueTokenPair(user.id, testContext());
    await revokeRefreshFamily(pair.refreshToken);
    await expect(rotateRefreshToken(pair.refreshToken, testContext())).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(resolveRequestActor(bearer(pair.accessToken))).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('rejects garbage, a refresh token used as an access token, and a forged signature', async () => {
    const user = await createTestUser(t.db);
    const pair = await issueTokenPair(user.id, testContext());
    await expect(resolveRequestActor(bearer('garbage'))).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(resolveRequestActor(bearer(pair.refreshToken))).rejects.toMatchObject({
      code: 'unauthorized',
    });
    await expect(rotateRefreshToken(pair.accessToken, testContext())).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('keeps verifying tokens signed with the previous secret during a rotation, and only then', async () => {
    const user = await createTestUser(t.db);
    vi.stubEnv('JWT_SECRET', 'old-access-secret-0123456789abcdefghij');
    vi.stubEnv('JWT_REFRESH_SECRET', 'old-refresh-secret-0123456789abcdefghij');
    resetEnvForTests();
    const old = await issueTokenPair(user.id, testContext());

    vi.stubEnv('JWT_SECRET', 'new-access-secret-0123456789abcdefghij');
    vi.stubEnv('JWT_REFRESH_SECRET', 'new-refresh-secret-0123456789abcdefghij');
    resetEnvForTests();
    await expect(resolveRequestActor(bearer(old.accessToken))).rejects.toMatchObject({
      code: 'unauthorized',
    });

    vi.stubEnv('JWT_SECRET_PREVIOUS', 'old-access-secret-0123456789abcdefghij');
    vi.stubEnv('JWT_REFRESH_SECRET_PREVIOUS', 'old-refresh-secret-0123456789abcdefghij');
    resetEnvForTests();
    expect(await resolveRequestActor(bearer(old.accessToken))).toMatchObject({ userId: user.id });
    const rotated = await rotateRefreshToken(old.refreshToken, testContext());
    // New tokens are signed with the new secret: they verify without the previous one.
    vi.stubEnv('JWT_SECRET_PREVIOUS', '');
    vi.stubEnv('JWT_REFRESH_SECRET_PREVIOUS', '');
    resetEnvForTests();
    expect(await resolveRequestActor(bearer(rotated.accessToken))).toMatchObject({
      userId: user.id,
    });
  });
});
