'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { UFS } from '@/lib/cep/cep-data';
import { saveAddressAction } from './address-actions';

type Filled = { street: string; district: string; city: string; state: string };
type Lookup = 'idle' | 'loading' | 'found' | 'missing';

/** Typing a full CEP fills street, district, city and state; the shopper can still edit them. */
export function AddressForm() {
  const [state, action] = useActionState(saveAddressAction, initialActionState);
  // Each answer remounts the fields: empty after a save, the sent values after an error.
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setVersion(version + 1);
  }
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-6" noValidate>
      <AddressFields key={version} state={state} />
    </form>
  );
}

function AddressFields({ state }: { state: ActionState }) {
  const t = useTranslations('account.addresses');
  const v = state.values ?? {};
  const [filled, setFilled] = useState<Filled>({
    street: v.street ?? '',
    district: v.district ?? '',
    city: v.city ?? '',
    state: v.state ?? '',
  });
  const [lookup, setLookup] = useState<Lookup>('idle');
  const errors = state.fieldErrors ?? {};

  async function onCepChange(value: string) {
    const cep = value.replace(/\D/g, '');
    if (cep.length !== 8) return;
    setLookup('loading');
    try {
      const response = await fetch(`/api/cep/${cep}`);
      if (!response.ok) throw new Error(String(response.status));
      const { address } = (await response.json()) as { address: Partial<Filled> };
      setFilled((current) => ({
        street: address.street || current.street,
        district: address.district || current.district,
        city: address.city || current.city,
        state: address.state || current.state,
      }));
      setLookup('found');
    } catch {
      setLookup('missing');
    }
  }

  const bind = (name: keyof Filled) => ({
    value: filled[name],
    onChange: (e: { target: { value: string } }) =>
      setFilled((current) => ({ ...current, [name]: e.target.value })),
  });
  const lookupText = {
    idle: '',
    loading: t('lookingUp'),
    found: t('cepFound'),
    missing: t('cepNotFound'),
  }[lookup];

  return (
    <>
      <FormField
        name="label"
        label={t('label')}
        defaultValue={v.label}
        errors={errors.label}
        className="sm:col-span-2"
      />
      <FormField
        name="recipient"
        label={t('recipient')}
        autoComplete="name"
        required
        defaultValue={v.recipient}
        errors={errors.recipient}
        className="sm:col-span-4"
      />
      <FormField
        name="cep"
        label={t('cep')}
        hint={t('cepHint')}
        inputMode="numeric"
        autoComplete="postal-code"
        required
        defaultValue={v.cep}
        errors={errors.cep}
        onChange={(e) => void onCepChange(e.target.value)}
        className="sm:col-span-2"
      />
      <p role="status" aria-live="polite" className="self-end text-sm text-stone-600 sm:col-span-4">
        {lookupText}
      </p>
      <FormField
        name="street"
        label={t('street')}
        autoComplete="address-line1"
        required
        errors={errors.street}
        className="sm:col-span-4"
        {...bind('street')}
      />
      <FormField
        name="number"
        label={t('number')}
        required
        defaultValue={v.number}
        errors={errors.number}
        className="sm:col-span-2"
      />
      <FormField
        name="complement"
        label={t('complement')}
        autoComplete="address-line2"
        defaultValue={v.complement}
        errors={errors.complement}
        className="sm:col-span-3"
      />
      <FormField
        name="district"
        label={t('district')}
        required
        errors={errors.district}
        className="sm:col-span-3"
        {...bind('district')}
      />
      <FormField
        name="city"
        label={t('city')}
        autoComplete="address-level2"
        required
        errors={errors.city}
        className="sm:col-span-4"
        {...bind('city')}
      />
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="field-state" className="text-sm font-semibold text-stone-800">
          {t('state')}
        </label>
        <select
          id="field-state"
          name="state"
          required
          aria-invalid={errors.state ? true : undefined}
          aria-describedby={errors.state ? 'field-state-error' : undefined}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-emerald-700"
          {...bind('state')}
        >
          <option value="">{t('stateChoose')}</option>
          {UFS.map((uf) => (
            <option key={uf} value={uf}>
              {uf}
            </option>
          ))}
        </select>
        {errors.state ? (
          <p id="field-state-error" className="text-sm font-medium text-red-800">
            {errors.state[0]}
          </p>
        ) : null}
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-6">
        <input type="checkbox" name="isDefault" className="size-4 accent-emerald-800" />
        {t('isDefault')}
      </label>
      <div className="flex flex-col gap-3 sm:col-span-6">
        <FormStatus state={state} />
        <div>
          <SubmitButton>{t('submit')}</SubmitButton>
        </div>
      </div>
    </>
  );
}
