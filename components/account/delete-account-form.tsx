'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { deleteAccountAction } from './actions';

export function DeleteAccountForm() {
  const t = useTranslations('account.privacy');
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-lg flex-col gap-4" noValidate>
      <FormField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        errors={errors.password}
      />
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            className="size-4 accent-red-800"
            aria-describedby={errors.confirm ? 'delete-confirm-error' : undefined}
          />
          {t('confirm')}
        </label>
        {errors.confirm ? (
          <p id="delete-confirm-error" className="text-sm font-medium text-red-800">
            {errors.confirm[0]}
          </p>
        ) : null}
      </div>
      <FormStatus state={state} />
      <div>
        <SubmitButton variant="danger">{t('delete')}</SubmitButton>
      </div>
    </form>
  );
}
