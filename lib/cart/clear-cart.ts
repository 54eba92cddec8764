import 'server-only';
import { eq } from 'drizzle-orm';
import { cartLines } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { CartOwner } from './cart-token';
import { findCartId } from './find-cart';

export async function clearCart(db: Executor, owner: CartOwner): Promise<void> {
  const cartId = await findCartId(db, owner);
  if (cartId) await db.delete(cartLines).where(eq(cartLines.cartId, cartId));
}
