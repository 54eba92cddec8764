'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { initialActionState } from '@/lib/actions/action-state';
import { couponKinds } from '@/db/schema/coupons';
import { couponFieldName, couponFormDataToInput } from '@/lib/coupons/coupon-form-data';
import { couponInputSchema } from '@/lib/coupons/coupon-input';
import { saveCouponAction } from './actions';

export type CouponFormValues = Record<string, string> & { combinable?: string; active?: string };

/**
 * Create or edit one coupon. The server's schema runs here first (inline errors, focus on the
 * first); every field is validated again on the server. An edit carries the version it was
 * opened at, so saving over someone else's newer change is refused with their name.
 */
export function CouponForm({
  id,
  initial,
  version = '',
}: {
  id?: string;
  initial: CouponFormValues;
  version?: string;
}) {
  const t = useTranslations('adminCoupons');
  const [state, action] = useActionState(saveCouponAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: couponInputSchema,
    toInput: couponFormDataToInput,
    action,
    serverErrors: state.fieldErrors,
    fieldName: couponFieldName,
  });
  const shown = clientState ?? state;
  const values = { ...initial, ...state.values };
  const errors = shown.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      data-testid="coupon-form"
    >
      {id && <input type="hidden" name="id" value={id} />}
      {id && <input type="hidden" name="expectedVersion" value={version} />}
      <FormField
        name="code"
        label={t('code')}
        defaultValue={values.code}
        errors={errors.code}
        required
        autoCapitalize="characters"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="coupon-kind" className="text-sm font-semibold text-stone-800">
          {t('kind')}
        </label>
        <select
          id="coupon-kind"
          name="kind"
          defaultValue={values.kind ?? 'percentage'}
          className="rounded-md border border-stone-400 bg-white px-3 py-2"
        >
          {couponKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        name="value"
        label={t('value')}
        hint={t('valueHint')}
        inputMode="decimal"
        defaultValue={values.value}
        errors={errors.value}
      />
      <FormField
        name="minSubtotal"
        label={t('minSubtotal')}
        inputMode="decimal"
        defaultValue={values.minSubtotal}
        errors={errors.minSubtotal}
      />
      <FormField
        name="startsAt"
        type="datetime-local"
        label={t('startsAt')}
        defaultValue={values.startsAt}
        errors={errors.startsAt}
      />
      <FormField
        name="endsAt"
        type="datetime-local"
        label={t('endsAt')}
        defaultValue={values.endsAt}
        errors={errors.endsAt}
      />
      <FormField
        name="usageLimit"
        type="number"
        min={1}
        label={t('usageLimit')}
        defaultValue={values.usageLimit}
        errors={errors.usageLimit}
      />
      <FormField
        name="perCustomerLimit"
        type="number"
        min={1}
        label={t('perCustomerLimit')}
        defaultValue={values.perCustomerLimit}
        errors={errors.perCustomerLimit}
      />
      {(['combinable', 'active'] as const).map((name) => (
        <label key={name} className="flex items-center gap-2 sm:col-span-2">
          <input
            type="checkbox"
            name={name}
            defaultChecked={values[name] === 'on'}
            className="size-4 accent-emerald-800"
          />
          {t(name)}
        </label>
      ))}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormStatus state={shown} />
        <div>
          <SubmitButton pending={pending}>{t('save')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
