import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { CartView } from '@/lib/cart/load-cart';
import { formatMoney } from '@/lib/money';
import { CartLineForm } from './cart-line-form';
import { CartSummary } from './cart-summary';
import { CouponForm } from './coupon-form';

export function CartPageView({
  cart,
  shippingByZone = false,
}: {
  cart: CartView;
  /** The store quotes shipping by zone: the cart shows no flat estimate (see CartSummary). */
  shippingByZone?: boolean;
}) {
  const t = useTranslations('cart');
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      {cart.lines.length === 0 ? (
        <p>
          {t('empty')}{' '}
          <Link href="/" className="font-semibold text-emerald-800 underline">
            {t('continueShopping')}
          </Link>
        </p>
      ) : (
        <>
          <ul className="flex flex-col divide-y divide-stone-200" data-testid="cart-lines">
            {cart.lines.map((line) => {
              const label = [line.productName, ...Object.values(line.options)].join(' · ');
              return (
                <li
                  key={line.variantId}
                  className="flex flex-col gap-2 py-4 sm:flex-row sm:justify-between"
                >
                  <div className="flex flex-col gap-1">
                    <Link href={`/p/${line.productSlug}`} className="font-semibold underline">
                      {label}
                    </Link>
                    <p className="text-sm">
                      {money(line.unitPriceCents)} × {line.quantity} = {money(line.lineTotalCents)}
                    </p>
                    {line.unitPriceCents !== line.priceCentsAtAdd && (
                      <p className="text-sm font-medium text-amber-900">
                        {t('priceChanged', {
                          before: money(line.priceCentsAtAdd),
                          now: money(line.unitPriceCents),
                        })}
                      </p>
                    )}
                    {line.quantity > line.available && (
                      <p className="text-sm font-medium text-red-800">
                        {t('onlyAvailable', { count: line.available })}
                      </p>
                    )}
                  </div>
                  <CartLineForm variantId={line.variantId} quantity={line.quantity} name={label} />
                </li>
              );
            })}
          </ul>
          <section aria-label={t('summary')} className="flex flex-col gap-4 self-end sm:w-80">
            <CouponForm applied={cart.coupons} />
            <CartSummary cart={cart} shippingChosenAtCheckout={shippingByZone} />
            <Link
              href="/checkout"
              className="rounded-full bg-emerald-800 px-5 py-3 text-center font-semibold text-white hover:bg-emerald-900"
            >
              {t('checkout')}
            </Link>
          </section>
        </>
      )}
    </div>
  );
}
