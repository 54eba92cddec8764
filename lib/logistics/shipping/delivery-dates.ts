import { readStoreClock } from '@/lib/time/store-clock';

export type LocalDate = { year: number; month: number; day: number };

/** The store's wall-clock date and minutes since midnight at an instant. */
export function storeClock(now: Date): { date: LocalDate; minutes: number } {
  const clock = readStoreClock(now);
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  return { date: { year, month, day }, minutes: Math.floor(clock.secondOfDay / 60) };
}

/** "HH:MM" → minutes since midnight. */
export function cutoffMinutes(cutoff: string): number {
  const [h, m] = cutoff.split(':').map(Number);
  return h! * 60 + m!;
}

// Calendar arithmetic on UTC dates: local dates have no time zone, so no DST surprises.
const toUtc = (d: LocalDate) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (d: Date): LocalDate => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
});

export function formatLocalDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Moves forward `days` working days. Own fleet works Monday to Saturday, carriers Monday to
 * Friday; a start on a day off first rolls to the next working day.
 */
export function addWorkingDays(start: LocalDate, days: number, workSaturday: boolean): LocalDate {
  const date = toUtc(start);
  const isWorking = () => {
    const weekday = date.getUTCDay();
    return weekday !== 0 && (workSaturday || weekday !== 6);
  };
  while (!isWorking()) date.setUTCDate(date.getUTCDate() + 1);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorking()) left -= 1;
  }
  return fromUtc(date);
}

/**
 * Delivery window for a zone service: ships today when ordered before the cut-off (store time),
 * otherwise the next day; then daysMin..daysMax working days in transit.
 */
export function estimateDelivery(
  now: Date,
  options: { cutoff: string | null; daysMin: number; daysMax: number; ownFleet: boolean },
): { from: string; to: string; sameDay: boolean } {
  const clock = storeClock(now);
  const beforeCutoff = options.cutoff !== null && clock.minutes < cutoffMinutes(options.cutoff);
  const nextDay = fromUtc(new Date(toUtc(clock.date).getTime() + 86_400_000));
  const dispatch = addWorkingDays(beforeCutoff ? clock.date : nextDay, 0, options.ownFleet);
  const from = addWorkingDays(dispatch, options.daysMin, options.ownFleet);
  const to = addWorkingDays(dispatch, options.daysMax, options.ownFleet);
  const sameDay = formatLocalDate(from) === formatLocalDate(clock.date);
  return { from: formatLocalDate(from), to: formatLocalDate(to), sameDay };
}

/** Pickup: ready `hours` after now, on the store's calendar. */
export function estimatePickup(now: Date, hours: number): { from: string; to: string } {
  const ready = formatLocalDate(storeClock(new Date(now.getTime() + hours * 3_600_000)).date);
  return { from: ready, to: ready };
}
