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

  it('starts a local day at 00:00, not 24:00 (midnight in São Paulo is 03:00 UTC)', () => {
    const clock = readStoreClock(new Date('2026-11-29T03:00:00Z'));
    expect(clock.date).toBe('2026-11-29');
    expect(clock.isoWeekday).toBe(7);
    expect(clock.secondOfDay).toBe(0);
    expect(clock.midnightMs).toBe(Date.parse('2026-11-29T03:00:00Z'));
  });
});
