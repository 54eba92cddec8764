'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { AccountFields } from '@/components/ui/account-fields';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { resetPasswordAction } from './actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <AccountFields
        fields={[
          {
            name: 'password',
            kind: 'password',
            label: t('password'),
            autoComplete: 'new-password',
          },
          { name: 'confirm', kind: 'password', label: t('confirm'), autoComplete: 'new-password' },
        ]}
        errors={state.fieldErrors}
      />
      <FormStatus state={state} />
      <SubmitButton>{t('submit')}</SubmitButton>
      {state.fieldErrors?.token || (state.message && !state.fieldErrors) ? (
        <Link href="/forgot-password" className="text-sm text-emerald-800 underline">
          {t('again')}
        </Link>
      ) : null}
    </form>
  );
}
