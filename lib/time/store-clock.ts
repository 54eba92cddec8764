/**
 * The store's wall clock. Couriers' hours, delivery cut-offs and the admin's daily figures are all
 * local to the store: Brazil's main zone (no daylight saving since 2019).
 */
export const STORE_TIME_ZONE = 'America/Sao_Paulo';

export type StoreClock = {
  /** Local calendar date, YYYY-MM-DD: a route's `route_date`. */
  date: string;
  /** ISO weekday 1 (Monday) … 7 (Sunday). */
  isoWeekday: number;
  /** Seconds since local midnight: the routing model's time origin is local midnight. */
  secondOfDay: number;
  /** Epoch ms of local midnight, to turn model seconds back into timestamps. */
  midnightMs: number;
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// Built once: constructing an Intl formatter costs far more than using one (quotes call this a lot).
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: STORE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function readStoreClock(now: Date = new Date()): StoreClock {
  const parts = Object.fromEntries(partsFormat.formatToParts(now).map((p) => [p.type, p.value]));
  const secondOfDay = Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    isoWeekday: WEEKDAYS.indexOf(parts.weekday ?? '') + 1,
    secondOfDay,
    midnightMs: Math.floor(now.getTime() / 1000) * 1000 - secondOfDay * 1000,
  };
}
