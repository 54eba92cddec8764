import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { stockShortfallOf } from './stock-items';

export type CommitResult = { ok: true } | { ok: false; variantId: string; available: number };

/**
 * Turns a paid order's hold into a sale inside the caller's transaction, in one statement
 * (loja_commit_order_stock, migration 0024), so a caller that runs it last holds the inventory
 * rows only until its COMMIT. Works whether or not the order's reservation is still alive: the
 * order may take what on_hand minus everyone else's active reservations allows, so a late payment
 * re-reserves when stock permits. When it does not, PostgreSQL raises and the caller's
 * transaction is aborted: run this after a savepoint and roll back to it on { ok: false }.
 * Rows are locked in id order; the CHECK on on_hand is the last line of defence.
 */
export async function commitOrderStock(
  tx: Executor,
  orderId: string,
  actor: string,
): Promise<CommitResult> {
  try {
    await tx.execute(sql`select loja_commit_order_stock(${orderId}::uuid, ${actor})`);
    return { ok: true };
  } catch (error) {
    const short = stockShortfallOf(error);
    if (!short) throw error;
    return { ok: false, ...short };
  }
}
