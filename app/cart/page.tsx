import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCartOwner } from '@/components/cart/cart-owner';
import { CartPageView } from '@/components/cart/cart-page-view';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';
import { isShippingConfigured } from '@/lib/logistics/shipping/quote-pickup';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cart');
  return { title: t('title'), robots: { index: false } };
}

export default async function CartPage() {
  const [cart, shippingByZone] = await Promise.all([
    loadCart(getDb(), await getCartOwner()),
    isShippingConfigured(getDb()),
  ]);
  return <CartPageView cart={cart} shippingByZone={shippingByZone} />;
}
