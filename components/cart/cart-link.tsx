import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';
import { getCartOwner } from './cart-owner';

/** Header link to the cart with its item count, read on the server. */
export async function CartLink() {
  const t = await getTranslations('cart');
  const cart = await loadCart(getDb(), await getCartOwner());
  return (
    <Link
      href="/cart"
      data-testid="cart-link"
      className="rounded px-2 py-1 text-sm font-semibold whitespace-nowrap text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
    >
      {t('link', { count: cart.itemCount })}
    </Link>
  );
}
