'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useMemo } from 'react';
import { initialActionState } from '@/lib/actions/action-state';
import {
  courierFieldName,
  courierFormInput,
  makeCourierInputSchema,
  makeNewCourierSchema,
  timeFromMinutes,
} from '@/lib/logistics/dispatch/courier-form';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { saveCourierAction } from './actions';
import { Field, inputClass } from './field';

export type CourierFormValues = {
  id: string;
  firstName: string;
  vehicleKind: string;
  capacityGrams: number;
  capacityLitres: number | null;
  shiftStartMinute: number;
  shiftEndMinute: number;
  weekdays: number[];
  status: string;
  averageSpeedKmh: number;
};

/**
 * Create (by account e-mail) or edit a courier's vehicle, capacity, hours and status. The
 * server's schema runs here first; an edit carries the version it was opened at, so saving over
 * someone else's newer change is refused with their name.
 */
export function CourierForm({
  courier,
  version = '',
  vehicleKinds,
  courierStatuses,
}: {
  courier?: CourierFormValues;
  version?: string;
  /** From the schema, passed by the server page (keeps drizzle out of the browser bundle). */
  vehicleKinds: readonly [string, ...string[]];
  courierStatuses: readonly [string, ...string[]];
}) {
  const t = useTranslations('adminCouriers');
  const [state, action] = useActionState(saveCourierAction, initialActionState);
  const schema = useMemo(
    () =>
      courier
        ? makeCourierInputSchema(vehicleKinds, courierStatuses)
        : makeNewCourierSchema(vehicleKinds, courierStatuses),
    [courier, vehicleKinds, courierStatuses],
  );
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema,
    toInput: (form) => ({ ...courierFormInput(form), email: form.get('email') ?? '' }),
    action,
    serverErrors: state.fieldErrors,
    fieldName: courierFieldName,
  });
  const shown = clientState ?? state;
  const error = (name: string) => shown.fieldErrors?.[name]?.[0];
  // The add form starts empty again once the courier exists (an edit keeps what was saved).
  useEffect(() => {
    if (state.ok && !courier) formRef.current?.reset();
  }, [state, courier, formRef]);
  const prefix = courier ? `courier-${courier.id}` : 'courier-new';
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {courier ? (
        <>
          <input type="hidden" name="id" value={courier.id} />
          <input type="hidden" name="expectedVersion" value={version} />
        </>
      ) : (
        <Field
          id={`${prefix}-email`}
          name="email"
          type="email"
          label={t('fields.email')}
          hint={t('addHint')}
          error={error('email')}
          required
          autoComplete="off"
        />
      )}
      {!courier && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="invite" />
          {t('invite')}
        </label>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field
          id={`${prefix}-firstName`}
          name="firstName"
          label={t('fields.firstName')}
          defaultValue={courier?.firstName}
          error={error('firstName')}
          required
        />
        <Field id={`${prefix}-vehicleKind`} label={t('fields.vehicleKind')}>
          <select
            id={`${prefix}-vehicleKind`}
            name="vehicleKind"
            defaultValue={courier?.vehicleKind ?? 'motorcycle'}
            className={inputClass}
          >
            {vehicleKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`vehicle.${kind}` as 'vehicle.car')}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-status`} label={t('fields.status')}>
          <select
            id={`${prefix}-status`}
            name="status"
            defaultValue={courier?.status ?? 'available'}
            className={inputClass}
          >
            {courierStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}` as 'status.off')}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${prefix}-capacityKg`}
          name="capacityKg"
          inputMode="decimal"
          label={t('fields.capacityKg')}
          defaultValue={courier ? String(courier.capacityGrams / 1000) : '20'}
          error={error('capacityKg')}
          required
        />
        <Field
          id={`${prefix}-capacityLitres`}
          name="capacityLitres"
          inputMode="numeric"
          label={t('fields.capacityLitres')}
          defaultValue={courier?.capacityLitres ?? ''}
          error={error('capacityLitres')}
        />
        <Field
          id={`${prefix}-speed`}
          name="averageSpeedKmh"
          inputMode="numeric"
          label={t('fields.speed')}
          defaultValue={courier?.averageSpeedKmh ?? 25}
          error={error('averageSpeedKmh')}
        />
        <Field
          id={`${prefix}-shiftStart`}
          name="shiftStart"
          type="time"
          label={t('fields.shiftStart')}
          defaultValue={timeFromMinutes(courier?.shiftStartMinute ?? 480)}
          error={error('shiftStart')}
          required
        />
        <Field
          id={`${prefix}-shiftEnd`}
          name="shiftEnd"
          type="time"
          label={t('fields.shiftEnd')}
          defaultValue={timeFromMinutes(Math.min(courier?.shiftEndMinute ?? 1080, 1439))}
          error={error('shiftEnd')}
          required
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-xs font-semibold text-stone-800">{t('fields.weekdays')}</legend>
        <div className="flex flex-wrap gap-3">
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <label key={day} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                name="weekdays"
                value={day}
                defaultChecked={(courier?.weekdays ?? [1, 2, 3, 4, 5, 6]).includes(day)}
              />
              {t(`weekday.${day}` as 'weekday.1')}
            </label>
          ))}
        </div>
        {error('weekdays') && (
          <p className="text-xs font-medium text-red-800">{error('weekdays')}</p>
        )}
      </fieldset>
      <FormStatus state={shown} />
      <div>
        <SubmitButton pending={pending}>{courier ? t('save') : t('add')}</SubmitButton>
      </div>
    </form>
  );
}
