import { getLocale, getTranslations } from 'next-intl/server';
import { listInstallmentPlans } from '@/lib/installments/installment-plans';
import { formatMoney } from '@/lib/money';
import { getStoreSettings } from '@/lib/settings/store-settings';

/**
 * "Em até 3x de R$ 33,33 sem juros" under the price, plus the longest plan with interest when the
 * store offers one: computed on the server from the store's installment rules.
 */
export async function InstallmentOffer({ cents, currency }: { cents: number; currency: string }) {
  const [t, locale, settings] = await Promise.all([
    getTranslations('installments'),
    getLocale(),
    getStoreSettings(),
  ]);
  const plans = listInstallmentPlans(cents, settings.installments);
  const free = plans.filter((p) => p.interestFree && p.count > 1).at(-1);
  const paid = plans.filter((p) => !p.interestFree).at(-1);
  if (!free && !paid) return null;
  const money = (value: number) => formatMoney(value, currency, locale);
  return (
    <p className="text-sm text-stone-700" data-testid="installment-offer">
      {free && t('upTo', { count: free.count, amount: money(free.installmentCents) })}
      {free && paid && ' '}
      {paid && t('orUpTo', { count: paid.count, amount: money(paid.installmentCents) })}
    </p>
  );
}
