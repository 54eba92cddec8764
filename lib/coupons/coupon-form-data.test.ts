import { describe, expect, it } from 'vitest';
import { couponInputSchema } from './coupon-input';
import { issuesToFieldErrors } from '@/lib/forms/field-errors';
import {
  couponFieldName,
  couponFormDataToInput,
  couponFormToInput,
  parseReais,
} from './coupon-form-data';

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

  it('in the browser, names the inputs (minSubtotal, not minSubtotalCents) with stable codes', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      code: 'natal 10',
      kind: 'percentage',
      value: '0',
      minSubtotal: 'dez',
      startsAt: '2026-12-25T10:00',
      endsAt: '2026-12-01T10:00',
    }))
      form.set(k, v);
    form.set('active', 'on');
    const parsed = couponInputSchema.safeParse(couponFormDataToInput(form));
    const errors = issuesToFieldErrors(parsed.error!.issues, (code) => code, couponFieldName);
    expect(errors).toEqual({ code: ['invalid_coupon_code'], minSubtotal: ['min_value'] });

    form.set('code', 'NATAL10');
    form.set('minSubtotal', '');
    const refined = couponInputSchema.safeParse(couponFormDataToInput(form));
    expect(issuesToFieldErrors(refined.error!.issues, (code) => code, couponFieldName)).toEqual({
      value: ['percentage_range'],
      endsAt: ['ends_before_start'],
    });
  });
});
