'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { AdminField } from './admin-field';
import { setCarrierTrackingAction, type ZoneFormState } from './zone-actions';

/** On the admin order page: the carrier and tracking code the shopper will see. */
export function CarrierTrackingForm(props: {
  orderId: string;
  carrier: string | null;
  trackingCode: string | null;
  choices: readonly { code: string; name: string }[];
}) {
  const t = useTranslations('adminZones.tracking');
  const te = useTranslations('adminZones.errors');
  const [state, action, pending] = useActionState(setCarrierTrackingAction, {
    ok: false,
  } as ZoneFormState);
  const errors = state.errors ?? {};
  return (
    <section aria-labelledby="carrier-tracking-heading" className="flex flex-col gap-2">
      <h2 id="carrier-tracking-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="orderId" value={props.orderId} />
        <div className="flex flex-col gap-1">
          <label htmlFor="tracking-carrier" className="text-xs font-semibold text-stone-800">
            {t('carrier')}
          </label>
          <select
            id="tracking-carrier"
            name="carrier"
            defaultValue={props.carrier ?? ''}
            aria-invalid={errors.carrier ? true : undefined}
            aria-describedby={errors.carrier ? 'tracking-carrier-error' : undefined}
            className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t('choose')}</option>
            {props.choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {errors.carrier && (
            <p id="tracking-carrier-error" className="text-xs font-medium text-red-800">
              {te(errors.carrier as 'invalid')}
            </p>
          )}
        </div>
        <AdminField
          name="trackingCode"
          label={t('code')}
          defaultValue={props.trackingCode ?? ''}
          error={errors.trackingCode}
          hint={t('clearHint')}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-emerald-800 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
        >
          {t('save')}
        </button>
      </form>
      <div aria-live="polite">
        {state.saved && (
          <p role="status" className="text-sm text-emerald-900">
            {t('saved')}
          </p>
        )}
      </div>
    </section>
  );
}
