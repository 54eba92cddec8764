import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCartOwner } from '@/components/cart/cart-owner';
import { CartPageView } from '@/components/cart/cart-page-view';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cart');
  return { title: t('title'), robots: { index: false } };
}

export default async function CartPage() {
  const cart = await loadCart(getDb(), await getCartOwner());
  return <CartPageView cart={cart} />;
}
