import 'server-only';
import { orderInstallments } from '@/db/schema/installments';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { findInstallmentPlan, type InstallmentPlan } from '@/lib/installments/installment-plans';
import { getStoreSettings } from '@/lib/settings/store-settings';

/**
 * Validates the shopper's installment count against the store's current rules for this total and
 * records the plan on the order; the card is then charged the plan's total in that many parts.
 */
export async function chooseInstallmentPlan(
  tx: Executor,
  orderId: string,
  totalCents: number,
  count: number,
): Promise<InstallmentPlan> {
  const { installments: rules } = await getStoreSettings();
  const plan = totalCents > 0 ? findInstallmentPlan(totalCents, count, rules) : null;
  if (!plan) {
    throw new AppError('validation_failed', `${count}x is not offered for this total.`, {
      details: { reason: 'installments_unavailable' },
    });
  }
  await tx.insert(orderInstallments).values({
    orderId,
    count: plan.count,
    installmentCents: plan.installmentCents,
    totalCents: plan.totalCents,
    monthlyInterestBps: plan.monthlyInterestBps,
  });
  return plan;
}
