import { AppError } from '@/lib/errors';
import { VindiApiError, type VindiClient } from './vindi-client';
import { fromVindiAmount, type VindiTransaction } from './vindi-types';

/**
 * What Vindi has refunded of one charge so far: the sum of its successful refund transactions.
 * A charge_refunded webhook carries only the latest refund, so the cumulative total the refund
 * path needs (and which makes duplicates and out-of-order deliveries harmless) is read back here.
 */
export async function fetchRefundedCents(client: VindiClient, chargeId: number): Promise<number> {
  let transactions: VindiTransaction[];
  try {
    ({ transactions } = await client.request<{ transactions: VindiTransaction[] }>(
      'GET',
      `/transactions?per_page=50&query=${encodeURIComponent(`charge_id=${chargeId}`)}`,
    ));
  } catch (error) {
    // Answered 503 so Vindi redelivers; nothing was stored for this event yet.
    if (error instanceof VindiApiError)
      throw new AppError('service_unavailable', 'Vindi did not report the refunds.', {
        cause: error,
      });
    throw error;
  }
  return transactions
    .filter((t) => t.transaction_type === 'refund' && t.status === 'success')
    .reduce((sum, t) => sum + fromVindiAmount(t.amount ?? 0), 0);
}
