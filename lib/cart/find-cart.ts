import 'server-only';
import { eq } from 'drizzle-orm';
import { carts } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { CartOwner } from './cart-token';

const ownerFilter = (owner: CartOwner) =>
  'userId' in owner
    ? eq(carts.userId, owner.userId)
    : eq(carts.guestTokenHash, owner.guestTokenHash);

/** The owner's cart id, or null. Every cart operation starts here, so it is per-owner by design. */
export async function findCartId(db: Executor, owner: CartOwner): Promise<string | null> {
  const [cart] = await db.select({ id: carts.id }).from(carts).where(ownerFilter(owner));
  return cart?.id ?? null;
}

export async function ensureCartId(db: Executor, owner: CartOwner): Promise<string> {
  const existing = await findCartId(db, owner);
  if (existing) return existing;
  await db
    .insert(carts)
    .values('userId' in owner ? { userId: owner.userId } : { guestTokenHash: owner.guestTokenHash })
    .onConflictDoNothing();
  const id = await findCartId(db, owner);
  if (!id) throw new Error('cart could not be created');
  return id;
}
