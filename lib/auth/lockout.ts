import 'server-only';
import {
  blockRateLimit,
  countRateLimit,
  getRateLimit,
  RATE_LIMITS,
  resetRateLimit,
} from '@/lib/rate-limit';

/** Failures tolerated before the first lock. */
export const LOCKOUT_THRESHOLD = 5;
const MAX_LOCK_SECONDS = 60 * 60;

/** 1 min after the 5th failure, doubling with each further one, capped at an hour. */
export function lockSecondsAfter(failures: number): number {
  if (failures < LOCKOUT_THRESHOLD) return 0;
  return Math.min(MAX_LOCK_SECONDS, 60 * 2 ** (failures - LOCKOUT_THRESHOLD));
}

/**
 * Keyed by the e-mail typed, whether or not an account exists, so a locked real account and
 * a made-up address answer the same way (no enumeration through lockout).
 */
export async function getLockRemainingSeconds(email: string): Promise<number> {
  const lock = await getRateLimit('signInLock', email);
  return lock.consumed > RATE_LIMITS.signInLock.points ? Math.ceil(lock.msBeforeNext / 1000) : 0;
}

/** Counts a failure; returns the failures so far and the lock it caused (0 = none). */
export async function recordSignInFailure(email: string) {
  const failures = await countRateLimit('signInFailures', email);
  const lockSeconds = lockSecondsAfter(failures);
  if (lockSeconds > 0) await blockRateLimit('signInLock', email, lockSeconds);
  return { failures, lockSeconds };
}

export async function clearSignInFailures(email: string) {
  await Promise.all([resetRateLimit('signInFailures', email), resetRateLimit('signInLock', email)]);
}
