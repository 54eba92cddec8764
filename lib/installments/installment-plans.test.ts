import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE_SETTINGS } from '@/lib/settings/store-settings-schema';
import {
  computeInstallmentPlan,
  findInstallmentPlan,
  listInstallmentPlans,
} from './installment-plans';

const rules = DEFAULT_STORE_SETTINGS.installments;

describe('installment plans', () => {
  it('interest-free up to N: installment rounded down, total exact', () => {
    expect(computeInstallmentPlan(100_00, 3, rules)).toEqual({
      count: 3,
      installmentCents: 33_33,
      totalCents: 100_00,
      interestFree: true,
      monthlyInterestBps: 0,
    });
  });

  it('with interest: Price table at 1.99% a.m., rounded half up, total = n × installment', () => {
    // 100.00 · 0.0199 / (1 − 1.0199^−6) = 17.8467…
    const plan = computeInstallmentPlan(100_00, 6, rules);
    expect(plan).toMatchObject({
      installmentCents: 17_85,
      totalCents: 107_10,
      interestFree: false,
    });
    // 1,000.00 in 12x at 1.99%: 94.5015… → 94.50
    expect(computeInstallmentPlan(1_000_00, 12, rules).installmentCents).toBe(94_50);
  });

  it('offers counts while each installment stays at or above the minimum', () => {
    expect(listInstallmentPlans(100_00, rules).map((p) => p.count)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    // R$ 20,00: 4x with interest is R$ 5,25, 5x would be R$ 4,24 (< R$ 5,00)
    expect(listInstallmentPlans(20_00, rules).map((p) => p.count)).toEqual([1, 2, 3, 4]);
    expect(listInstallmentPlans(3_00, rules).map((p) => p.count)).toEqual([1]);
  });

  it('a count outside the offer is refused', () => {
    expect(findInstallmentPlan(20_00, 5, rules)).toBeNull();
    expect(findInstallmentPlan(20_00, 2, rules)?.installmentCents).toBe(10_00);
    expect(findInstallmentPlan(100_00, 13, rules)).toBeNull();
  });

  it('a zero rate makes every count interest-free', () => {
    const free = { ...rules, monthlyInterestBps: 0 };
    expect(computeInstallmentPlan(100_00, 10, free)).toMatchObject({
      installmentCents: 10_00,
      totalCents: 100_00,
      interestFree: true,
    });
  });
});
