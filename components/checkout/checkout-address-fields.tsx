'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { UFS } from '@/lib/cep/cep-data';

type Filled = { street: string; district: string; city: string; state: string };

/** Delivery address; a full CEP fills street, district, city and state (still editable). */
export function CheckoutAddressFields(props: {
  initial: Record<string, string>;
  errors: Record<string, string[]>;
  /** Store pickup: who collects (and the CEP, to compare options); the rest is hidden and ignored. */
  pickup?: boolean;
}) {
  const t = useTranslations('account.addresses');
  const v = props.initial;
  const [filled, setFilled] = useState<Filled>({
    street: v.street ?? '',
    district: v.district ?? '',
    city: v.city ?? '',
    state: v.state ?? '',
  });
  const [note, setNote] = useState('');
  async function onCep(value: string) {
    const cep = value.replace(/\D/g, '');
    if (cep.length !== 8) return;
    setNote(t('lookingUp'));
    try {
      const res = await fetch(`/api/cep/${cep}`);
      if (!res.ok) throw new Error(String(res.status));
      const { address } = (await res.json()) as { address: Partial<Filled> };
      setFilled((c) => ({
        street: address.street || c.street,
        district: address.district || c.district,
        city: address.city || c.city,
        state: address.state || c.state,
      }));
      setNote(t('cepFound'));
    } catch {
      setNote(t('cepNotFound'));
    }
  }
  const bind = (name: keyof Filled) => ({
    value: filled[name],
    onChange: (e: { target: { value: string } }) =>
      setFilled((c) => ({ ...c, [name]: e.target.value })),
  });
  const e = props.errors;
  return (
    <div className="grid gap-4 sm:grid-cols-6">
      <FormField
        name="recipient"
        label={t('recipient')}
        autoComplete="name"
        required
        defaultValue={v.recipient}
        errors={e['address.recipient']}
        className="sm:col-span-6"
      />
      <FormField
        name="cep"
        label={t('cep')}
        autoComplete="postal-code"
        inputMode="numeric"
        required
        defaultValue={v.cep}
        hint={note || t('cepHint')}
        errors={e['address.cep']}
        className="sm:col-span-2"
        onChange={(ev) => void onCep(ev.target.value)}
      />
      <div className={props.pickup ? 'hidden' : 'contents'}>
        <FormField
          name="street"
          label={t('street')}
          autoComplete="address-line1"
          required
          errors={e['address.street']}
          className="sm:col-span-4"
          {...bind('street')}
        />
        <FormField
          name="number"
          label={t('number')}
          required
          defaultValue={v.number}
          errors={e['address.number']}
          className="sm:col-span-2"
        />
        <FormField
          name="complement"
          label={t('complement')}
          autoComplete="address-line2"
          defaultValue={v.complement}
          className="sm:col-span-4"
        />
        <FormField
          name="district"
          label={t('district')}
          required
          errors={e['address.district']}
          className="sm:col-span-3"
          {...bind('district')}
        />
        <FormField
          name="city"
          label={t('city')}
          autoComplete="address-level2"
          required
          errors={e['address.city']}
          className="sm:col-span-3"
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
            className="rounded-md border border-stone-400 bg-white px-3 py-2"
            {...bind('state')}
          >
            <option value="">{t('stateChoose')}</option>
            {UFS.map((uf) => (
              <option key={uf} value={uf}>
                {uf}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
