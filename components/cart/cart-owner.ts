import 'server-only';
import { cookies } from 'next/headers';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getSessionCookie } from '@/lib/auth/session-cookie';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { getDb } from '@/lib/db/client';
import {
  GUEST_CART_COOKIE,
  GUEST_CART_MAX_AGE,
  createCartToken,
  hashCartToken,
  type CartOwner,
} from '@/lib/cart/cart-token';

/**
 * Whose cart this request uses: the signed-in user's (merging a leftover guest cart into it),
 * else the guest cart named by the httpOnly cookie. With create (server actions only), a guest without a cookie gets a new token.
 */
export async function getCartOwner(options: { create?: boolean } = {}): Promise<CartOwner | null> {
  const actor = await getCurrentActor();
  const jar = await cookies();
  const hash = hashCartToken(jar.get(GUEST_CART_COOKIE)?.value ?? '');
  if (actor) {
    // Signed in with a guest cart still around: merge it into the account's cart once.
    if (hash) {
      await mergeGuestCart(getDb(), hash, actor.userId);
      try {
        jar.delete(GUEST_CART_COOKIE);
      } catch {
        // Rendering cannot change cookies; the next action clears it (the cart is gone already).
      }
    }
    return { userId: actor.userId };
  }
  if (hash) return { guestTokenHash: hash };
  if (!options.create) return null;
  const token = createCartToken();
  const { options: cookieOptions } = getSessionCookie();
  jar.set(GUEST_CART_COOKIE, token, { ...cookieOptions, maxAge: GUEST_CART_MAX_AGE });
  return { guestTokenHash: hashCartToken(token)! };
}
