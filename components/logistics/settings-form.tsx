'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type FormEvent } from 'react';
import {
  logisticsSettingsSchema,
  settingsFormInput,
} from '@/lib/logistics/zones/settings-form-schema';
import { zoneFieldErrors } from '@/lib/logistics/zones/zone-form-schema';
import { AdminField } from './admin-field';
import { saveLogisticsSettingsAction, type ZoneFormState } from './zone-actions';

/** Store origin, pickup point and default package, validated here and again on the server. */
export function LogisticsSettingsForm({ defaults }: { defaults: Record<string, string> }) {
  const t = useTranslations('adminZones.settings');
  const [state, action, pending] = useActionState(saveLogisticsSettingsAction, {
    ok: false,
  } as ZoneFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.errors ?? {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = logisticsSettingsSchema.safeParse(
      settingsFormInput(new FormData(event.currentTarget)),
    );
    if (!parsed.success) {
      event.preventDefault();
      setClientErrors(zoneFieldErrors(parsed.error.issues, []));
    } else setClientErrors(null);
  }
  const field = (name: string, extra: { className?: string; hint?: string } = {}) => (
    <AdminField
      name={name}
      label={t(name as 'originLat')}
      defaultValue={defaults[name]}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div aria-live="polite">
        {state.saved && !clientErrors && (
          <p
            role="status"
            className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
          >
            {t('saved')}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        {field('originLat', { hint: t('originHint'), className: 'sm:col-span-2' })}
        {field('originLng', { className: 'sm:col-span-2' })}
        <label className="flex items-center gap-2 text-sm font-semibold sm:col-span-4">
          <input
            type="checkbox"
            name="pickupEnabled"
            defaultChecked={defaults.pickupEnabled === 'true'}
            className="size-4 accent-emerald-800"
          />
          {t('pickupEnabled')}
        </label>
        {field('pickupName', { className: 'sm:col-span-2' })}
        {field('pickupReadyHours', { className: 'sm:col-span-2' })}
        {field('pickupAddress', { className: 'sm:col-span-4' })}
        <p className="text-sm font-semibold sm:col-span-4">{t('defaults')}</p>
        {field('defaultWeightGrams')}
        {field('defaultLengthCm')}
        {field('defaultWidthCm')}
        {field('defaultHeightCm')}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-full bg-emerald-800 px-5 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
      >
        {t('save')}
      </button>
    </form>
  );
}
