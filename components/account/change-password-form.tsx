'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { AccountFields } from '@/components/ui/account-fields';
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
      <AccountFields
        fields={[
          {
            name: 'currentPassword',
            kind: 'password',
            label: t('current'),
            autoComplete: 'current-password',
          },
          { name: 'newPassword', kind: 'password', label: t('new'), autoComplete: 'new-password' },
          { name: 'confirm', kind: 'password', label: t('confirm'), autoComplete: 'new-password' },
        ]}
        errors={errors}
      />
      <FormStatus state={state} />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
