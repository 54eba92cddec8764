import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCartOwner } from '@/components/cart/cart-owner';
import { CartSummary } from '@/components/cart/cart-summary';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { listAddresses } from '@/lib/accounts/addresses';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';
import { isShippingConfigured } from '@/lib/logistics/shipping/quote-pickup';
import { listInstallmentPlans } from '@/lib/installments/installment-plans';
import { getStripeElementsConfig } from '@/lib/payments/stripe/elements-config';
import { getVindiCardConfig } from '@/lib/payments/vindi/card-config';
import { getStoreSettings } from '@/lib/settings/store-settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkout'))('title'), robots: { index: false } };
}

export default async function CheckoutPage() {
  const t = await getTranslations('checkout');
  const actor = await getCurrentActor();
  const cart = await loadCart(getDb(), await getCartOwner());
  const shippingByZone = await isShippingConfigured(getDb());
  const saved = actor ? await listAddresses(actor) : [];
  const settings = await getStoreSettings();
  const stripe = getStripeElementsConfig();
  const preferred = saved.find((a) => a.isDefault) ?? saved[0];
  const initial: Record<string, string> = preferred
    ? Object.fromEntries(
        ['recipient', 'cep', 'street', 'number', 'complement', 'district', 'city', 'state'].map(
          (k) => [k, String(preferred[k as keyof typeof preferred] ?? '')],
        ),
      )
    : {};
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      {cart.lines.length === 0 ? (
        <p>
          {t('emptyCart')}{' '}
          <Link href="/" className="font-semibold text-emerald-800 underline">
            {t('continueShopping')}
          </Link>
        </p>
      ) : (
        <div className="grid gap-8 md:grid-cols-[1fr_18rem]">
          <CheckoutForm
            guest={!actor}
            initial={initial}
            installmentPlans={listInstallmentPlans(cart.totalCents, settings.installments)}
            stripe={stripe && { ...stripe, amountCents: cart.totalCents }}
            vindi={getVindiCardConfig()}
          />
          <section aria-label={t('review')} className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold">{t('review')}</h2>
            <ul className="text-sm">
              {cart.lines.map((l) => (
                <li key={l.variantId}>
                  {l.productName} × {l.quantity}
                </li>
              ))}
            </ul>
            <CartSummary cart={cart} shippingChosenAtCheckout={shippingByZone} />
          </section>
        </div>
      )}
    </div>
  );
}
