import 'server-only';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { getRedisClient } from '@/lib/cache';
import { ensureConnected } from '@/lib/cache/redis';
import { getPool } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getLogger } from '@/lib/log';
import { RATE_LIMITS, type LimitName } from './limits';

export { RATE_LIMITS, type LimitName };

type Limiters = { driver: 'redis' | 'postgres'; byName: Map<LimitName, RateLimiterAbstract> };
const globalForLimits = globalThis as unknown as { lojaLimiters?: Limiters };

function createLimiter(name: LimitName): RateLimiterAbstract {
  const options = { ...RATE_LIMITS[name], keyPrefix: `loja:rl:${name}` };
  // If the shared store fails, limits keep applying per instance rather than not at all.
  const insuranceLimiter = new RateLimiterMemory(options);
  const redis = getRedisClient();
  if (redis) {
    return new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter,
    });
  }
  return new RateLimiterPostgres({
    ...options,
    storeClient: getPool(),
    tableName: 'rate_limits',
    tableCreated: true,
    insuranceLimiter,
  });
}

function getLimiter(name: LimitName): RateLimiterAbstract {
  globalForLimits.lojaLimiters ??= {
    driver: getRedisClient() ? 'redis' : 'postgres',
    byName: new Map(),
  };
  const { byName } = globalForLimits.lojaLimiters;
  let limiter = byName.get(name);
  if (!limiter) {
    limiter = createLimiter(name);
    byName.set(name, limiter);
  }
  return limiter;
}

async function ready() {
  const redis = getRedisClient();
  if (redis) await ensureConnected(redis);
}

export function rateLimitedError(retryAfterSeconds: number) {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError('rate_limited', `Too many attempts. Try again in ${seconds} seconds.`, {
    details: { retryAfterSeconds: seconds },
  });
}

/** Spends one point; throws rate_limited (429 with Retry-After) when the window is used up. */
export async function consumeRateLimit(name: LimitName, key: string, points = 1): Promise<void> {
  await ready();
  try {
    await getLimiter(name).consume(key.toLowerCase(), points);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw rateLimitedError(result.msBeforeNext / 1000);
    // Both the store and the insurance failed: refuse rather than let an attacker through.
    getLogger().error({ err: result, limit: name }, 'rate limiter failed');
    throw new AppError('service_unavailable', 'Please try again in a moment.');
  }
}

/** Adds a point without ever refusing; returns the points used in the current window. */
export async function countRateLimit(name: LimitName, key: string): Promise<number> {
  await ready();
  try {
    return (await getLimiter(name).consume(key.toLowerCase())).consumedPoints;
  } catch (result) {
    if (result instanceof RateLimiterRes) return result.consumedPoints;
    throw result;
  }
}

/** Points used in the current window and ms until it resets (0 when unused). */
export async function getRateLimit(name: LimitName, key: string) {
  await ready();
  const result = await getLimiter(name).get(key.toLowerCase());
  return { consumed: result?.consumedPoints ?? 0, msBeforeNext: result?.msBeforeNext ?? 0 };
}

export async function blockRateLimit(name: LimitName, key: string, seconds: number) {
  await ready();
  await getLimiter(name).block(key.toLowerCase(), seconds);
}

export async function resetRateLimit(name: LimitName, key: string): Promise<void> {
  await ready();
  await getLimiter(name).delete(key.toLowerCase());
}

export function resetRateLimitersForTests() {
  globalForLimits.lojaLimiters = undefined;
}
