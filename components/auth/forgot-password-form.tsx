'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestPasswordResetAction } from './actions';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const [state, action] = useActionState(requestPasswordResetAction, initialActionState);
  if (state.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-stone-700">{t('intro')}</p>
      <FormField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <FormStatus state={state} />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
