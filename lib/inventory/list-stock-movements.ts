import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { stockMovements } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

/** The stock ledger of one variant, newest first: kind, signed quantity, actor, reason, order. */
export async function listStockMovements(db: Executor, variantId: string, limit = 200) {
  return db
    .select({
      kind: stockMovements.kind,
      quantity: stockMovements.quantity,
      actor: stockMovements.actor,
      reason: stockMovements.reason,
      orderId: stockMovements.orderId,
      at: stockMovements.createdAt,
    })
    .from(stockMovements)
    .where(eq(stockMovements.variantId, variantId))
    .orderBy(desc(stockMovements.createdAt))
    .limit(limit);
}
