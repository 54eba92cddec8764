import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as tokenRoute } from '@/app/api/auth/token/route';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { AppError } from '@/lib/errors';
import { consumeRateLimit, RATE_LIMITS, resetRateLimit } from '.';
import { testSetting } from '@/lib/env';

const redisUrl = testSetting('TEST_REDIS_URL');
if (!redisUrl) console.warn('Skipping Redis-backed rate limits: set TEST_REDIS_URL to run them.');

describe.each([
  ['postgres', undefined],
  ...(redisUrl ? [['redis', redisUrl] as [string, string]] : []),
])('rate limits on %s', (_driver, url) => {
  let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
  beforeAll(async () => {
    t = await useAuthTestDatabase({ redisUrl: url });
  });
  afterAll(() => t.release());

  it('refuses past the limit with the seconds to wait, and a reset clears the key', async () => {
    const key = `account-${randomUUID()}@loja.test`;
    for (let i = 0; i < RATE_LIMITS.resetAccount.points; i += 1) {
      await consumeRateLimit('resetAccount', key);
    }
    const error = await consumeRateLimit('resetAccount', key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    const retry = (error as AppError).details?.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(RATE_LIMITS.resetAccount.duration);
    await resetRateLimit('resetAccount', key);
    await expect(consumeRateLimit('resetAccount', key)).resolves.toBeUndefined();
  });

  it('keys are independent and case-insensitive', async () => {
    const key = `Mixed-${randomUUID()}@Loja.test`;
    for (let i = 0; i < RATE_LIMITS.resetAccount.points; i += 1) {
      await consumeRateLimit('resetAccount', key.toLowerCase());
    }
    await expect(consumeRateLimit('resetAccount', key.toUpperCase())).rejects.toMatchObject({
      code: 'rate_limited',
    });
    await expect(consumeRateLimit('resetAccount', `other-${key}`)).resolves.toBeUndefined();
  });

  it('the token endpoint answers 429 with Retry-After once an account is locked', async () => {
    const email = `locked-${randomUUID()}@loja.test`;
    const attempt = () =>
      tokenRoute(
        new Request('http://loja.test/api/auth/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
          body: JSON.stringify({ email, password: 'wrong-password' }),
        }),
      );
    for (let i = 1; i < 5; i += 1) expect((await attempt()).status).toBe(401);
    const locked = await attempt();
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});
