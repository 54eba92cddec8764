import type { InstallmentRules } from '@/lib/settings/store-settings-schema';

export type InstallmentPlan = {
  count: number;
  /** What each installment shows; without interest the first one also carries the remainder. */
  installmentCents: number;
  /** What the card is charged in all. */
  totalCents: number;
  interestFree: boolean;
  monthlyInterestBps: number;
};

/**
 * Price-table (Tabela Price) installment: PMT = PV·i / (1 − (1 + i)^−n), i the monthly rate. The
 * rate math runs in floating point and the result is rounded half up to the centavo once; the
 * total is then exactly `count × installment` (the shopper pays what each line says). Without
 * interest the installment is the total divided and rounded down, and the total stays exact
 * (R$ 100,00 in 3x shows 3x de R$ 33,33; the first charge is R$ 33,34).
 */
export function computeInstallmentPlan(
  totalCents: number,
  count: number,
  rules: InstallmentRules,
): InstallmentPlan {
  if (!Number.isInteger(totalCents) || totalCents <= 0) throw new RangeError('total must be > 0');
  if (count <= rules.interestFreeInstallments || rules.monthlyInterestBps === 0 || count === 1) {
    return {
      count,
      installmentCents: Math.floor(totalCents / count),
      totalCents,
      interestFree: true,
      monthlyInterestBps: 0,
    };
  }
  const i = rules.monthlyInterestBps / 10_000;
  const pmt = (totalCents * i) / (1 - Math.pow(1 + i, -count));
  const installmentCents = Math.floor(pmt + 0.5);
  return {
    count,
    installmentCents,
    totalCents: installmentCents * count,
    interestFree: false,
    monthlyInterestBps: rules.monthlyInterestBps,
  };
}

/**
 * Every count the store offers for this total: 1x always, then up to the maximum while each
 * installment stays at or above the store's minimum.
 */
export function listInstallmentPlans(
  totalCents: number,
  rules: InstallmentRules,
): InstallmentPlan[] {
  if (totalCents <= 0) return [];
  const plans: InstallmentPlan[] = [];
  for (let count = 1; count <= rules.maxInstallments; count++) {
    const plan = computeInstallmentPlan(totalCents, count, rules);
    if (count > 1 && plan.installmentCents < rules.minInstallmentCents) break;
    plans.push(plan);
  }
  return plans;
}

/** The plan for a chosen count, or null when the store does not offer it for this total. */
export function findInstallmentPlan(
  totalCents: number,
  count: number,
  rules: InstallmentRules,
): InstallmentPlan | null {
  return listInstallmentPlans(totalCents, rules).find((p) => p.count === count) ?? null;
}
