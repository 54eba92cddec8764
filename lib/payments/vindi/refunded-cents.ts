import type { VindiClient } from './vindi-client';
import { fromVindiAmount, type VindiTransaction } from './vindi-types';

/**
 * What Vindi has refunded of one charge so far: the sum of its successful refund transactions.
 * A charge_refunded webhook carries only the latest refund, so the cumulative total the refund
 * path needs (and which makes duplicates and out-of-order deliveries harmless) is read back here.
 */
export async function fetchRefundedCents(client: VindiClient, chargeId: number): Promise<number> {
  const { transactions } = await client.request<{ transactions: VindiTransaction[] }>(
    'GET',
    `/transactions?per_page=50&query=${encodeURIComponent(`charge_id=${chargeId}`)}`,
  );
  return transactions
    .filter((t) => t.transaction_type === 'refund' && t.status === 'success')
    .reduce((sum, t) => sum + fromVindiAmount(t.amount ?? 0), 0);
}
