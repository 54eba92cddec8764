import { describe, expect, it } from 'vitest';
import { readStoreClock } from './store-clock';

describe('readStoreClock', () => {
  it('reads São Paulo local time (UTC−3)', () => {
    const clock = readStoreClock(new Date('2026-11-26T02:30:15Z'));
    expect(clock.date).toBe('2026-11-25');
    expect(clock.isoWeekday).toBe(3);
    expect(clock.secondOfDay).toBe(23 * 3600 + 30 * 60 + 15);
    expect(new Date(clock.midnightMs).toISOString()).toBe('2026-11-25T03:00:00.000Z');
  });
});
