import { getLocale, getTranslations } from 'next-intl/server';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';
import { getCartOwner } from './cart-owner';
import { CartDrawerPanel, type DrawerLine } from './cart-drawer-panel';

/** The header's cart drawer: the cart read on the server, edited optimistically in the browser. */
export async function CartDrawer() {
  const [t, locale, cart] = await Promise.all([
    getTranslations('cartDrawer'),
    getLocale(),
    getCartOwner().then((owner) => loadCart(getDb(), owner)),
  ]);
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const lines: DrawerLine[] = cart.lines.map((l) => ({
    variantId: l.variantId,
    name: [l.productName, ...Object.values(l.options)].join(' · '),
    quantity: l.quantity,
    available: l.available,
    unitPrice: money(l.unitPriceCents),
    unitPriceCents: l.unitPriceCents,
    priceNotice:
      l.unitPriceCents !== l.priceCentsAtAdd
        ? t('priceChanged', { before: money(l.priceCentsAtAdd), now: money(l.unitPriceCents) })
        : null,
  }));
  return <CartDrawerPanel lines={lines} currency={cart.currency} locale={locale} />;
}
