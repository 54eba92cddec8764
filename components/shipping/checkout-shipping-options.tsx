'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { PICKUP_OPTION_ID } from '@/lib/logistics/shipping/option-ids';
import { formatMoney } from '@/lib/money';
import { quoteCartShippingAction, type CartShippingQuote } from './actions';
import { ShippingOptionText } from './shipping-option-text';

type Props = {
  cep: string;
  initialOptionId?: string;
  errors?: string[];
  onPickupChange: (pickup: boolean) => void;
  /** False while a quote is on its way or nothing is chosen: the form waits before placing. */
  onReadyChange?: (ready: boolean) => void;
};

/**
 * The checkout's shipping choice: re-quoted whenever the CEP becomes a full eight digits. Only
 * the option id is submitted; the server prices it again at placement.
 */
export function CheckoutShippingOptions(props: Props) {
  const { cep, initialOptionId, errors, onPickupChange, onReadyChange } = props;
  const t = useTranslations('shipping');
  const tc = useTranslations('coupons');
  const locale = useLocale();
  const digits = cep.replace(/\D/g, '');
  const key = digits.length === 8 ? digits : '';
  const [quote, setQuote] = useState<CartShippingQuote & { key: string }>();
  const [chosen, setChosen] = useState(initialOptionId ?? '');
  useEffect(() => {
    let live = true;
    void quoteCartShippingAction(key).then((q) => live && setQuote({ ...q, key }));
    return () => {
      live = false;
    };
  }, [key]);
  const options = quote?.options ?? [];
  // Keep the shopper's choice while it is on offer; otherwise the first (cheapest-listed) option.
  const selected = options.some((o) => o.id === chosen) ? chosen : (options[0]?.id ?? '');
  useEffect(() => onPickupChange(selected === PICKUP_OPTION_ID), [selected, onPickupChange]);
  const loading = !quote || quote.key !== key;
  const chosenOption = options.find((o) => o.id === selected);
  const discount = (chosenOption && quote?.discountCentsByOption?.[chosenOption.id]) ?? 0;
  const money = (cents: number) => formatMoney(cents, chosenOption?.currency ?? 'BRL', locale);
  const ready = !loading && (selected !== '' || quote?.configured === false);
  useEffect(() => onReadyChange?.(ready), [ready, onReadyChange]);
  return (
    <div className="flex flex-col gap-2" aria-busy={loading} data-testid="checkout-shipping">
      {!key && <p className="text-sm text-stone-700">{t('chooseHint')}</p>}
      {loading && <p className="text-sm text-stone-700">{t('loading')}</p>}
      {quote?.error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t(quote.error)}
        </p>
      )}
      {!loading && key && options.length === 0 && !quote?.error && (
        <p className="text-sm">{t('noOptions')}</p>
      )}
      {options.map((option) => (
        <label
          key={option.id}
          className="flex items-start gap-3 rounded-md border border-stone-300 px-3 py-2 has-checked:border-emerald-800"
        >
          <input
            type="radio"
            name="shippingOptionId"
            value={option.id}
            checked={selected === option.id}
            onChange={() => setChosen(option.id)}
            className="mt-1 size-4 accent-emerald-800"
          />
          <ShippingOptionText option={option} />
        </label>
      ))}
      {chosenOption && quote?.subtotalCents !== undefined && (
        <dl className="grid grid-cols-2 gap-y-1 text-sm" data-testid="chosen-shipping">
          <dt>{t('shippingLine')}</dt>
          <dd className="text-right">
            {chosenOption.priceCents === 0 ? t('free') : money(chosenOption.priceCents)}
          </dd>
          {discount > 0 && (
            <>
              <dt>{tc('discount')}</dt>
              <dd className="text-right text-emerald-800" data-testid="checkout-discount">
                −{money(discount)}
              </dd>
            </>
          )}
          <dt className="font-bold">{t('totalWithShipping')}</dt>
          <dd className="text-right font-bold" data-testid="checkout-total">
            {money(Math.max(0, quote.subtotalCents + chosenOption.priceCents - discount))}
          </dd>
        </dl>
      )}
      {quote?.unavailable.map((u) => (
        <p key={u.service} className="text-sm text-stone-700">
          {t('unavailable', { label: u.label, reason: t(`reason.${u.reason}`) })}
        </p>
      ))}
      {errors?.[0] && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </div>
  );
}
