import { AppError } from '@/lib/errors';
import { readStoreClock, STORE_TIME_ZONE } from '@/lib/time/store-clock';

/** Store-local calendar for date filters and daily charts. */
export const ADMIN_TIME_ZONE = STORE_TIME_ZONE;

/**
 * A keyset cursor: the sort key exactly as PostgreSQL printed it (timestamps keep their
 * microseconds, which a JS Date would drop) plus the row id that breaks ties.
 */
export function encodeCursor(key: string, id: string | number): string {
  return Buffer.from(JSON.stringify([key, String(id)])).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined | null,
): { key: string; id: string } | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError('bad_request', 'Invalid page cursor.');
}

/** YYYY-MM-DD as a local (store time zone) calendar date. */
export const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in the store's time zone, as YYYY-MM-DD. */
export function storeToday(now = new Date()): string {
  return readStoreClock(now).date;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
