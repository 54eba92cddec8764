'use client';

import { loadStripe, type Stripe, type StripeElements } from '@stripe/stripe-js';
import { useTranslations } from 'next-intl';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';

export type StripeCardHandle = {
  /** Card details → a Stripe PaymentMethod id, created by Stripe in the browser; null on error. */
  createPaymentMethod(): Promise<string | null>;
};

/**
 * Stripe's Payment Element (card) in Stripe's own iframe: the card never touches Loja's page
 * script or servers, only the PaymentMethod id does (SAQ A). Loaded only when the store runs
 * Stripe in test or production mode; the amount is for display, the server charges its own total.
 */
export function StripeCardField({
  publishableKey,
  amountCents,
  ref,
}: {
  publishableKey: string;
  amountCents: number;
  ref?: Ref<StripeCardHandle>;
}) {
  const t = useTranslations('stripe');
  const mountRef = useRef<HTMLDivElement>(null);
  const stripeRef = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [error, setError] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void loadStripe(publishableKey).then((stripe) => {
      if (cancelled || !stripe || !mountRef.current) return;
      const elements = stripe.elements({
        mode: 'payment',
        amount: Math.max(amountCents, 100),
        currency: 'brl',
        paymentMethodCreation: 'manual',
      });
      const element = elements.create('payment', {
        wallets: { applePay: 'never', googlePay: 'never' },
      });
      element.on('ready', () => setReady(true));
      element.mount(mountRef.current);
      stripeRef.current = { stripe, elements };
    });
    return () => {
      cancelled = true;
    };
  }, [publishableKey, amountCents]);

  useImperativeHandle(ref, () => ({
    async createPaymentMethod() {
      const loaded = stripeRef.current;
      if (!loaded) {
        setError(t('notReady'));
        return null;
      }
      setError('');
      const submitted = await loaded.elements.submit();
      if (submitted.error) {
        setError(submitted.error.message ?? t('invalid'));
        return null;
      }
      const { paymentMethod, error: failure } = await loaded.stripe.createPaymentMethod({
        elements: loaded.elements,
      });
      if (failure || !paymentMethod) {
        setError(failure?.message ?? t('invalid'));
        return null;
      }
      return paymentMethod.id;
    },
  }));

  return (
    <div className="flex flex-col gap-2">
      <div ref={mountRef} aria-busy={!ready} data-testid="stripe-payment-element" />
      {!ready && <p className="text-sm text-stone-600">{t('loading')}</p>}
      {error && (
        <p className="text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
