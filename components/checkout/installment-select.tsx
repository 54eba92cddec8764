'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { InstallmentPlan } from '@/lib/installments/installment-plans';
import { formatMoney } from '@/lib/money';

/** The card installment counts the store offers for this total, as the server computed them. */
export function InstallmentSelect({ plans }: { plans: readonly InstallmentPlan[] }) {
  const t = useTranslations('installments');
  const locale = useLocale();
  if (plans.length <= 1) return null;
  const money = (cents: number) => formatMoney(cents, 'BRL', locale);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="installments" className="text-sm font-semibold text-stone-800">
        {t('label')}
      </label>
      <select
        id="installments"
        name="installments"
        defaultValue="1"
        className="rounded-md border border-stone-400 bg-white px-3 py-2"
      >
        {plans.map((p) => (
          <option key={p.count} value={p.count}>
            {installmentLabel(t, p, money)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function installmentLabel(
  t: (key: 'interestFree' | 'withInterest', values: Record<string, string | number>) => string,
  plan: InstallmentPlan,
  money: (cents: number) => string,
): string {
  return plan.interestFree
    ? t('interestFree', { count: plan.count, amount: money(plan.installmentCents) })
    : t('withInterest', {
        count: plan.count,
        amount: money(plan.installmentCents),
        total: money(plan.totalCents),
      });
}
