'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { initialActionState } from '@/lib/actions/action-state';
import { carrierFormInput, carrierFormSchema } from '@/lib/logistics/carriers/carrier-form-schema';
import { saveCarrierAction } from './carrier-actions';

/**
 * Add a carrier, or edit one (`editCode`: its code is fixed, orders keep it). The server's schema
 * runs here first; an edit carries the version it was opened at, so a newer save by someone
 * else is refused by name and the operator's input stays.
 */
export function CarrierForm(props: {
  editCode?: string;
  initial: Record<string, string>;
  version?: string;
}) {
  const t = useTranslations('adminCarriers');
  const [state, action] = useActionState(saveCarrierAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: carrierFormSchema,
    toInput: carrierFormInput,
    action,
    serverErrors: state.fieldErrors,
  });
  const shown = clientState ?? state;
  const values = { ...props.initial, ...state.values };
  const errors = shown.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      data-testid="carrier-form"
    >
      {props.editCode && <input type="hidden" name="editCode" value={props.editCode} />}
      {props.editCode && <input type="hidden" name="expectedVersion" value={props.version ?? ''} />}
      <FormField
        name="code"
        label={t('code')}
        hint={props.editCode ? t('codeFixed') : t('codeHint')}
        defaultValue={props.editCode ?? values.code}
        readOnly={Boolean(props.editCode)}
        errors={errors.code}
        required
      />
      <FormField
        name="name"
        label={t('name')}
        defaultValue={values.name}
        errors={errors.name}
        required
      />
      <FormField
        name="trackingUrlTemplate"
        label={t('template')}
        hint={t('templateHint')}
        placeholder="https://example.com/track?code={code}"
        inputMode="url"
        defaultValue={values.trackingUrlTemplate}
        errors={errors.trackingUrlTemplate}
        className="sm:col-span-2"
      />
      <FormField
        name="position"
        label={t('position')}
        inputMode="numeric"
        defaultValue={values.position ?? '0'}
        errors={errors.position}
      />
      <label className="flex items-center gap-2 self-end">
        <input
          type="checkbox"
          name="active"
          defaultChecked={(values.active ?? 'on') === 'on'}
          className="size-4 accent-emerald-800"
        />
        {t('active')}
      </label>
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormStatus state={shown} />
        <div>
          <SubmitButton pending={pending}>{props.editCode ? t('save') : t('add')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
