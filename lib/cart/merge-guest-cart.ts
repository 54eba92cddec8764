import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { cartLines, carts } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import { ensureCartId } from './find-cart';
import { MAX_LINE_QUANTITY } from './set-cart-quantity';

export type MergedLine = { variantId: string; wanted: number; quantity: number };

/**
 * Moves a guest cart into the user's cart line by line after sign-in: quantities of the same
 * variant are summed and capped by available stock, so no line is lost or duplicated. The guest
 * cart is locked and deleted in the same transaction, so concurrent merges apply once. Returns
 * the lines whose quantity had to be lowered (the shopper is told about them).
 */
export async function mergeGuestCart(
  db: Database,
  guestTokenHash: string,
  userId: string,
): Promise<MergedLine[]> {
  return db.transaction(async (tx) => {
    const [guest] = await tx
      .select({ id: carts.id })
      .from(carts)
      .where(eq(carts.guestTokenHash, guestTokenHash))
      .for('update');
    if (!guest) return [];
    const guestLines = await tx.select().from(cartLines).where(eq(cartLines.cartId, guest.id));
    const userCartId = await ensureCartId(tx, { userId });
    const stock = await getAvailableStock(
      tx,
      guestLines.map((l) => l.variantId),
    );
    const lowered: MergedLine[] = [];
    for (const line of guestLines) {
      const [existing] = await tx
        .select({ quantity: cartLines.quantity })
        .from(cartLines)
        .where(and(eq(cartLines.cartId, userCartId), eq(cartLines.variantId, line.variantId)))
        .for('update');
      const wanted = (existing?.quantity ?? 0) + line.quantity;
      const cap = Math.min(stock.get(line.variantId) ?? 0, MAX_LINE_QUANTITY);
      const quantity = Math.min(wanted, Math.max(cap, existing?.quantity ?? 0));
      if (quantity < wanted) lowered.push({ variantId: line.variantId, wanted, quantity });
      if (quantity <= 0) continue;
      await tx
        .insert(cartLines)
        .values({
          cartId: userCartId,
          variantId: line.variantId,
          quantity,
          priceCentsAtAdd: line.priceCentsAtAdd,
        })
        .onConflictDoUpdate({
          target: [cartLines.cartId, cartLines.variantId],
          set: { quantity, updatedAt: sql`now()` },
        });
    }
    await tx.delete(carts).where(eq(carts.id, guest.id));
    return lowered;
  });
}
