'use client';

import { useTranslations } from 'next-intl';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import {
  tokenizeVindiCard,
  type VindiCardField as CardField,
  type VindiCardInput,
} from '@/lib/payments/vindi/tokenize-card';

export type VindiCardHandle = {
  /** Card details → Vindi's gateway_token, created by Vindi from this browser; null on error. */
  createGatewayToken(): Promise<string | null>;
};

export type VindiCardErrors = Partial<Record<CardField | 'unavailable', true>>;

const INPUTS = [
  { key: 'holderName', autoComplete: 'cc-name', inputMode: 'text' },
  { key: 'number', autoComplete: 'cc-number', inputMode: 'numeric' },
  { key: 'expiry', autoComplete: 'cc-exp', inputMode: 'numeric' },
  { key: 'cvv', autoComplete: 'cc-csc', inputMode: 'numeric' },
] as const;

/**
 * The card form for the Vindi driver. The inputs have no `name`, so neither a submit without
 * JavaScript nor the checkout's FormData ever carries them to Loja: on confirm they are posted
 * from the browser to Vindi's public API with the store's public key, and only the returned
 * gateway_token goes into the order form. Vindi's 422 errors show next to the field they name.
 */
export function VindiCardField({
  apiUrl,
  publicKey,
  ref,
}: {
  apiUrl: string;
  publicKey: string;
  ref?: Ref<VindiCardHandle>;
}) {
  const inputs = useRef<Partial<Record<keyof VindiCardInput, HTMLInputElement | null>>>({});
  const [errors, setErrors] = useState<VindiCardErrors>({});

  useImperativeHandle(ref, () => ({
    async createGatewayToken() {
      const value = (key: keyof VindiCardInput) => inputs.current[key]?.value ?? '';
      setErrors({});
      const result = await tokenizeVindiCard(
        { apiUrl, publicKey },
        {
          holderName: value('holderName'),
          number: value('number'),
          expiry: value('expiry'),
          cvv: value('cvv'),
        },
      );
      if (result.ok) return result.gatewayToken;
      if (result.reason === 'unavailable') {
        setErrors({ unavailable: true });
        return null;
      }
      setErrors(Object.fromEntries(result.fields.map((f) => [f, true])));
      const first = INPUTS.find(({ key }) => result.fields.includes(key));
      if (first) inputs.current[first.key]?.focus();
      return null;
    },
  }));

  return (
    <VindiCardInputs
      errors={errors}
      inputRef={(key, element) => {
        inputs.current[key] = element;
      }}
    />
  );
}

/** The inputs and their inline errors (split out so the markup can be rendered in tests). */
export function VindiCardInputs({
  errors,
  inputRef,
}: {
  errors: VindiCardErrors;
  inputRef?: (key: keyof VindiCardInput, element: HTMLInputElement | null) => void;
}) {
  const t = useTranslations('vindiCard');
  const general = errors.unavailable ? 'unavailable' : errors.card ? 'card' : null;
  return (
    <fieldset className="flex flex-col gap-3" data-testid="vindi-card">
      <legend className="sr-only">{t('legend')}</legend>
      {INPUTS.map(({ key, autoComplete, inputMode }) => (
        <div key={key} className="flex flex-col gap-1">
          <label htmlFor={`vindi-${key}`} className="text-sm font-semibold text-stone-800">
            {t(key)}
          </label>
          <input
            id={`vindi-${key}`}
            ref={(element) => inputRef?.(key, element)}
            autoComplete={autoComplete}
            inputMode={inputMode}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `vindi-${key}-error` : undefined}
            className="rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          />
          {errors[key] && (
            <p id={`vindi-${key}-error`} className="text-sm font-medium text-red-800" role="alert">
              {t(`error.${key}`)}
            </p>
          )}
        </div>
      ))}
      {general && (
        <p className="text-sm font-medium text-red-800" role="alert">
          {t(`error.${general}`)}
        </p>
      )}
      <p className="text-xs text-stone-600">{t('secureNote')}</p>
    </fieldset>
  );
}
