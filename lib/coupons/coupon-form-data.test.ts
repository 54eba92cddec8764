import { describe, expect, it } from 'vitest';
import { couponInputSchema } from './coupon-input';
import { couponFormToInput, parseReais } from './coupon-form-data';

describe('coupon admin form', () => {
  it('parses reais without floating point', () => {
    expect(parseReais('12,50')).toBe(1_250);
    expect(parseReais('1.299,90')).toBe(129_990);
    expect(parseReais('R$ 7')).toBe(700);
    expect(parseReais('abc')).toBeNull();
  });

  it('maps the form to validated input (code upper-cased, empty limits unlimited)', () => {
    const input = couponFormToInput(
      { code: 'natal-10', kind: 'fixed', value: '10,00', minSubtotal: '', usageLimit: '' },
      new Set(['active']),
    );
    expect(couponInputSchema.parse(input)).toMatchObject({
      code: 'NATAL-10',
      kind: 'fixed',
      value: 1_000,
      usageLimit: null,
      active: true,
      combinable: false,
    });
    const bad = couponFormToInput({ code: 'X1Y', kind: 'percentage', value: '150' }, new Set());
    expect(couponInputSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['value']);
  });
});
