'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { initialActionState } from '@/lib/actions/action-state';
import {
  settingsFieldName,
  settingsFormInput,
  storeSettingsFormSchema,
  type SETTINGS_FIELDS,
} from '@/lib/settings/store-settings-form';
import { saveSettingsAction } from './settings-actions';

type Values = Record<(typeof SETTINGS_FIELDS)[number], string>;

/**
 * Store settings. Validated here with the server's schema first; the hidden version makes a
 * save over someone else's newer change fail with their name instead of overwriting it.
 */
export function StoreSettingsForm({ initial, version }: { initial: Values; version: string }) {
  const t = useTranslations('adminDashboard.settings');
  const [state, action] = useActionState(saveSettingsAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: storeSettingsFormSchema,
    toInput: settingsFormInput,
    action,
    serverErrors: state.fieldErrors,
    fieldName: settingsFieldName,
  });
  const shown = clientState ?? state;
  const errors = shown.fieldErrors ?? {};
  const field = (name: keyof Values, type = 'text', inputMode?: 'numeric' | 'decimal') => (
    <FormField
      name={name}
      label={t(name)}
      type={type}
      inputMode={inputMode}
      defaultValue={initial[name]}
      errors={errors[name]}
    />
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      data-testid="settings-form"
    >
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {field('storeName')}
        {field('contactEmail', 'email')}
        {field('contactPhone', 'tel')}
        {field('logoPath')}
        {field('returnWindowDays', 'text', 'numeric')}
      </div>
      <fieldset className="grid gap-3 rounded-lg border border-stone-200 p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t('installments')}</legend>
        {field('maxInstallments', 'text', 'numeric')}
        {field('interestFreeInstallments', 'text', 'numeric')}
        {field('minInstallment', 'text', 'decimal')}
        {field('monthlyInterest', 'text', 'decimal')}
      </fieldset>
      <FormStatus state={shown} />
      <div>
        <SubmitButton pending={pending}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
