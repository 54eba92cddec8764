import { useLocale, useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { formatMoney } from '@/lib/money';
import type { CartView } from '@/lib/cart/load-cart';

/** Subtotal, shipping, coupon discounts and total as the server computed them. */
export function CartSummary({
  cart,
  shippingChosenAtCheckout = false,
}: {
  cart: CartView;
  /** Checkout prices shipping by the chosen option: the flat estimate and its total are left out. */
  shippingChosenAtCheckout?: boolean;
}) {
  const t = useTranslations('cart');
  const tc = useTranslations('coupons');
  const ts = useTranslations('shipping');
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  return (
    <>
      <dl className="grid grid-cols-2 gap-y-1 text-sm">
        <dt>{t('subtotal')}</dt>
        <dd className="text-right">{money(cart.subtotalCents)}</dd>
        {!shippingChosenAtCheckout && (
          <>
            <dt>{t('shipping')}</dt>
            <dd className="text-right">
              {cart.shippingCents === 0 ? t('freeShipping') : money(cart.shippingCents)}
            </dd>
          </>
        )}
        {cart.coupons.map((c) => (
          <Fragment key={c.id}>
            <dt>{tc('discountLine', { code: c.code })}</dt>
            <dd className="text-right text-emerald-800" data-testid="cart-discount">
              {/* At checkout the waived amount is the chosen option's price, shown with it. */}
              {shippingChosenAtCheckout && c.kind === 'free_shipping'
                ? tc('waivesShipping')
                : `−${money(c.discountCents)}`}
            </dd>
          </Fragment>
        ))}
        {!shippingChosenAtCheckout && (
          <>
            <dt className="font-bold">{t('total')}</dt>
            <dd className="text-right font-bold" data-testid="cart-total">
              {money(cart.totalCents)}
            </dd>
          </>
        )}
      </dl>
      {shippingChosenAtCheckout && <p className="text-sm text-stone-700">{ts('atCheckout')}</p>}
      {cart.rejectedCoupons.map((r) => (
        <p key={r.code} className="text-sm font-medium text-amber-900">
          {tc('notApplied', { code: r.code, reason: tc(`reason.${r.reason}`) })}
        </p>
      ))}
    </>
  );
}
