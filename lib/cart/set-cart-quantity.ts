import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { cartLines, products, variants } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import type { CartOwner } from './cart-token';
import { ensureCartId, findCartId } from './find-cart';

export const MAX_LINE_QUANTITY = 99;

export type CartChange = { variantId: string; quantity: number; mode: 'add' | 'set' };

/**
 * Adds to or sets a line of the owner's cart. The quantity is limited by available stock (on hand
 * minus active reservations): asking for more is a 409 carrying the available quantity, and
 * nothing changes. Setting 0 removes the line.
 */
export async function setCartQuantity(db: Database, owner: CartOwner, change: CartChange) {
  if (!Number.isInteger(change.quantity) || change.quantity < 0) {
    throw new AppError('validation_failed', 'Quantity must be a whole number.');
  }
  if (change.mode === 'set' && change.quantity === 0) {
    const cartId = await findCartId(db, owner);
    if (cartId) {
      await db
        .delete(cartLines)
        .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, change.variantId)));
    }
    return { quantity: 0 };
  }
  const [variant] = await db
    .select({ priceCents: variants.priceCents })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(variants.id, change.variantId), eq(products.status, 'active')));
  if (!variant) throw new AppError('not_found', 'This product is not for sale.');
  const cartId = await ensureCartId(db, owner);
  const [current] = await db
    .select({ quantity: cartLines.quantity })
    .from(cartLines)
    .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, change.variantId)));
  const wanted =
    change.mode === 'add' ? (current?.quantity ?? 0) + change.quantity : change.quantity;
  const available = (await getAvailableStock(db, [change.variantId])).get(change.variantId) ?? 0;
  const limit = Math.min(available, MAX_LINE_QUANTITY);
  if (wanted > limit) {
    throw new AppError('conflict', 'Not enough stock for this quantity.', {
      details: { reason: 'insufficient_stock', available: limit },
    });
  }
  if (wanted === 0) return { quantity: current?.quantity ?? 0 };
  await db
    .insert(cartLines)
    .values({
      cartId,
      variantId: change.variantId,
      quantity: wanted,
      priceCentsAtAdd: variant.priceCents,
    })
    .onConflictDoUpdate({
      target: [cartLines.cartId, cartLines.variantId],
      set: { quantity: wanted, updatedAt: sql`now()` },
    });
  return { quantity: wanted };
}
