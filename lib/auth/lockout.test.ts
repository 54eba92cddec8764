import { describe, expect, it } from 'vitest';
import { lockSecondsAfter, LOCKOUT_THRESHOLD } from './lockout';

describe('progressive lockout', () => {
  it('starts at the threshold with a minute and doubles, capped at an hour', () => {
    expect(lockSecondsAfter(LOCKOUT_THRESHOLD - 1)).toBe(0);
    expect(lockSecondsAfter(LOCKOUT_THRESHOLD)).toBe(60);
    expect(lockSecondsAfter(LOCKOUT_THRESHOLD + 1)).toBe(120);
    expect(lockSecondsAfter(LOCKOUT_THRESHOLD + 3)).toBe(480);
    expect(lockSecondsAfter(LOCKOUT_THRESHOLD + 20)).toBe(3600);
  });
});
