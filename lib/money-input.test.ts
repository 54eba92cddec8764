import { describe, expect, it } from 'vitest';
import { centsToReaisInput, parseReaisToCents } from './money-input';

describe('parseReaisToCents', () => {
  it.each([
    ['129,90', 12_990],
    ['1.299,90', 129_990],
    ['1299.9', 129_990],
    ['R$ 89', 8_900],
    ['1.000', 100_000],
    ['0,05', 5],
    ['12.5', 1_250],
  ])('%s → %d centavos', (input, cents) => expect(parseReaisToCents(input)).toBe(cents));

  it.each(['', 'abc', '-5', '1,234', '1.2.3', '12,345'])('rejects %j', (input) =>
    expect(parseReaisToCents(input)).toBeNull(),
  );

  it('round-trips through the input format', () => {
    expect(centsToReaisInput(129_990)).toBe('1299,90');
    expect(parseReaisToCents(centsToReaisInput(5))).toBe(5);
    expect(centsToReaisInput(null)).toBe('');
  });
});
