import 'server-only';
import { cookies } from 'next/headers';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getSessionCookie } from '@/lib/auth/session-cookie';
import {
  GUEST_CART_COOKIE,
  GUEST_CART_MAX_AGE,
  createCartToken,
  hashCartToken,
  type CartOwner,
} from '@/lib/cart/cart-token';

/**
 * Whose cart this request uses: the signed-in user's, else the guest cart named by the httpOnly
 * cookie. With create (server actions only), a guest without a cookie gets a new token.
 */
export async function getCartOwner(options: { create?: boolean } = {}): Promise<CartOwner | null> {
  const actor = await getCurrentActor();
  if (actor) return { userId: actor.userId };
  const jar = await cookies();
  const hash = hashCartToken(jar.get(GUEST_CART_COOKIE)?.value ?? '');
  if (hash) return { guestTokenHash: hash };
  if (!options.create) return null;
  const token = createCartToken();
  const { options: cookieOptions } = getSessionCookie();
  jar.set(GUEST_CART_COOKIE, token, { ...cookieOptions, maxAge: GUEST_CART_MAX_AGE });
  return { guestTokenHash: hashCartToken(token)! };
}
