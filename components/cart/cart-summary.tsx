import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/money';
import type { CartView } from '@/lib/cart/load-cart';

/** Subtotal, shipping and total as the server computed them. */
export function CartSummary({ cart }: { cart: CartView }) {
  const t = useTranslations('cart');
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  return (
    <dl className="grid grid-cols-2 gap-y-1 text-sm">
      <dt>{t('subtotal')}</dt>
      <dd className="text-right">{money(cart.subtotalCents)}</dd>
      <dt>{t('shipping')}</dt>
      <dd className="text-right">
        {cart.shippingCents === 0 ? t('freeShipping') : money(cart.shippingCents)}
      </dd>
      <dt className="font-bold">{t('total')}</dt>
      <dd className="text-right font-bold" data-testid="cart-total">
        {money(cart.totalCents)}
      </dd>
    </dl>
  );
}
