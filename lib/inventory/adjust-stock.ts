import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { inventoryLevels, stockMovements, variants } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { signedQuantity, stockAdjustmentSchema } from './adjustment-schema';
import { lockStock } from './lock-stock';

type Ctx = { actor: Actor; ip?: string | null; db?: Database };

/**
 * A manual stock change by an admin: the inventory row is locked like an order's stock write,
 * the decrement is conditional (on_hand never goes below zero; the CHECK backs it), and the
 * movement (signed, with actor and reason) and the audit entry land in the same transaction.
 * Removing stock that active reservations hold is allowed only down to zero on hand: those orders
 * then fail to commit rather than oversell.
 */
export async function adjustStock(input: unknown, { actor, ip = null, db = getDb() }: Ctx) {
  const data = stockAdjustmentSchema.parse(input);
  const delta = signedQuantity(data);
  return db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: variants.id, sku: variants.sku })
      .from(variants)
      .where(eq(variants.id, data.variantId));
    if (!variant) throw new AppError('not_found', `No variant ${data.variantId}.`);
    await tx
      .insert(inventoryLevels)
      .values({ variantId: variant.id, onHand: 0 })
      .onConflictDoNothing();
    const locked = await lockStock(tx, [{ variantId: variant.id, quantity: 1 }], null);
    const before = locked.get(variant.id)?.onHand ?? 0;
    const [row] = await tx
      .update(inventoryLevels)
      .set({ onHand: sql`${inventoryLevels.onHand} + ${delta}`, updatedAt: new Date() })
      .where(
        and(
          eq(inventoryLevels.variantId, variant.id),
          sql`${inventoryLevels.onHand} + ${delta} >= 0`,
        ),
      )
      .returning({ onHand: inventoryLevels.onHand });
    if (!row)
      throw new AppError('validation_failed', `Only ${before} in stock: cannot remove ${-delta}.`, {
        details: { field: 'quantity', code: 'below_zero', onHand: before },
      });
    const kind = data.reason === 'damage' ? 'adjustment' : data.reason;
    const reason = [data.reason, data.note].filter(Boolean).join(': ');
    await tx.insert(stockMovements).values({
      variantId: variant.id,
      kind,
      quantity: delta,
      actor: `admin:${actor.email}`,
      reason,
    });
    await recordAudit(tx, {
      actor,
      action: 'inventory.adjust',
      entity: 'variant',
      entityId: variant.id,
      before: { sku: variant.sku, onHand: before },
      after: { sku: variant.sku, onHand: row.onHand, reason },
      ip,
    });
    return { onHand: row.onHand };
  });
}
