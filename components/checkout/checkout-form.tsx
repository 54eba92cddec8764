'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { CheckoutShippingOptions } from '@/components/shipping/checkout-shipping-options';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { initialActionState } from '@/lib/actions/action-state';
import type { InstallmentPlan } from '@/lib/installments/installment-plans';
import { placeOrderAction } from './actions';
import { CheckoutAddressFields } from './checkout-address-fields';
import { InstallmentSelect } from './installment-select';
import { StripeCardField, type StripeCardHandle } from './stripe-card-field';
import { VindiCardField, type VindiCardHandle } from './vindi-card-field';

/**
 * Address, payment and confirm. The card number field has no name: it is exchanged for a sandbox
 * token in the browser and only the token is submitted. One idempotency key per attempt, so a
 * double click or a retry of the same attempt places one order.
 */
export function CheckoutForm(props: {
  guest: boolean;
  initial: Record<string, string>;
  /** Card installment plans for the cart total (server-computed from the store's rules). */
  installmentPlans?: readonly InstallmentPlan[];
  /** Stripe mode: the card is collected by Stripe's Payment Element instead of the sandbox field. */
  stripe?: { publishableKey: string; amountCents: number } | null;
  /** Vindi: the card goes from the browser to Vindi's public API; only its token comes here. */
  vindi?: { apiUrl: string; publicKey: string } | null;
}) {
  const t = useTranslations('checkout');
  const [state, action] = useActionState(placeOrderAction, initialActionState);
  const [pending, startTransition] = useTransition();
  const [method, setMethod] = useState<'card' | 'pix' | 'boleto'>('card');
  const tBoleto = useTranslations('boleto');
  const [cardError, setCardError] = useState('');
  const cardRef = useRef<HTMLInputElement>(null);
  const stripeCard = useRef<StripeCardHandle>(null);
  const vindiCard = useRef<VindiCardHandle>(null);
  // One key per attempt: repeated submits reuse it; an answer (e.g. a decline) starts a new one.
  const attemptKey = useRef<string | null>(null);
  useEffect(() => {
    attemptKey.current = null;
  }, [state]);
  const initial = { ...props.initial, ...state.values };
  const [cep, setCep] = useState(initial.cep ?? '');
  const [pickup, setPickup] = useState(false);
  const [shippingReady, setShippingReady] = useState(false);
  const ts = useTranslations('shipping');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    attemptKey.current ??= crypto.randomUUID();
    form.set('idempotencyKey', attemptKey.current);
    setCardError('');
    if (method === 'card' && props.stripe) {
      const paymentMethod = await stripeCard.current?.createPaymentMethod();
      if (!paymentMethod) return;
      form.set('cardToken', paymentMethod);
    } else if (method === 'card' && props.vindi) {
      const gatewayToken = await vindiCard.current?.createGatewayToken();
      if (!gatewayToken) return;
      form.set('cardToken', gatewayToken);
    } else if (method === 'card') {
      const number = cardRef.current?.value ?? '';
      const res = await fetch('/api/payments/sandbox/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number }),
      });
      if (!res.ok) return setCardError(t('cardInvalid'));
      form.set('cardToken', ((await res.json()) as { token: string }).token);
    }
    startTransition(() => action(form));
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      onChange={(e) => {
        const field = e.target;
        if (field instanceof HTMLInputElement && field.name === 'cep') setCep(field.value);
      }}
      className="flex flex-col gap-6"
      noValidate
    >
      {props.guest && (
        <FormField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="email"
          required
          defaultValue={initial.email}
          hint={t('emailHint')}
        />
      )}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('address')}</legend>
        <CheckoutAddressFields initial={initial} errors={state.fieldErrors ?? {}} pickup={pickup} />
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{ts('choose')}</legend>
        <CheckoutShippingOptions
          cep={cep}
          initialOptionId={initial.shippingOptionId}
          errors={state.fieldErrors?.shippingOptionId}
          onPickupChange={setPickup}
          onReadyChange={setShippingReady}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('payment')}</legend>
        {!props.stripe && !props.vindi && (
          <p className="rounded-md bg-amber-100 px-3 py-2 text-sm font-medium text-amber-950">
            {t('demoNotice')}
          </p>
        )}
        {(['card', 'pix', 'boleto'] as const).map((m) => (
          <label key={m} className="flex items-center gap-2">
            <input
              type="radio"
              name="paymentMethod"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
              className="size-4 accent-emerald-800"
            />
            {m === 'boleto' ? tBoleto('method') : t(`method.${m}`)}
          </label>
        ))}
        {method === 'card' && props.stripe && (
          <StripeCardField
            ref={stripeCard}
            publishableKey={props.stripe.publishableKey}
            amountCents={props.stripe.amountCents}
          />
        )}
        {method === 'card' && props.vindi && (
          <VindiCardField
            ref={vindiCard}
            apiUrl={props.vindi.apiUrl}
            publicKey={props.vindi.publicKey}
          />
        )}
        {method === 'card' && !props.stripe && !props.vindi && (
          <div className="flex flex-col gap-1">
            <label htmlFor="card-number" className="text-sm font-semibold text-stone-800">
              {t('cardNumber')}
            </label>
            <input
              id="card-number"
              ref={cardRef}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="card-hint"
              className="rounded-md border border-stone-400 bg-white px-3 py-2"
            />
            <p id="card-hint" className="text-xs text-stone-600">
              {t('cardHint')}
            </p>
            {cardError && (
              <p className="text-sm font-medium text-red-800" role="alert">
                {cardError}
              </p>
            )}
          </div>
        )}
        {method === 'card' && props.installmentPlans && (
          <InstallmentSelect plans={props.installmentPlans} />
        )}
      </fieldset>
      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending || !shippingReady}
        className="self-start rounded-full bg-emerald-800 px-6 py-3 font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
      >
        {t('placeOrder')}
      </button>
    </form>
  );
}
