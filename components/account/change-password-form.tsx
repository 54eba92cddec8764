'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const t = useTranslations('account.security');
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-lg flex-col gap-4" noValidate>
      <FormField
        name="currentPassword"
        type="password"
        label={t('current')}
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <FormField
        name="newPassword"
        type="password"
        label={t('new')}
        autoComplete="new-password"
        required
        errors={errors.newPassword}
      />
      <FormField
        name="confirm"
        type="password"
        label={t('confirm')}
        autoComplete="new-password"
        required
        errors={errors.confirm}
      />
      <FormStatus state={state} />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
