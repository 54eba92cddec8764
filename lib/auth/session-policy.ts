import type { UserRole } from '@/db/schema';

export type SessionKind = 'browser' | 'admin' | 'courier';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Idle and absolute limits per kind. Admin sessions are short because they can change prices,
 * orders and permissions; the browser cookie itself lives as long as the longest absolute limit.
 */
export const SESSION_POLICY: Record<SessionKind, { idleMs: number; absoluteMs: number }> = {
  browser: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  admin: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  courier: { idleMs: 12 * HOUR, absoluteMs: 7 * DAY },
};

export const SESSION_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** lastSeenAt is written at most this often: one UPDATE per request would be wasteful. */
export const TOUCH_INTERVAL_MS = MINUTE;

export function sessionKindFor(role: UserRole): SessionKind {
  if (role === 'admin') return 'admin';
  if (role === 'courier') return 'courier';
  return 'browser';
}
