'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { signUpAction } from './actions';

export function SignUpForm() {
  const t = useTranslations('auth.signUp');
  const [state, action] = useActionState(signUpAction, initialActionState);
  if (state.ok) return <FormStatus state={state} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormField
        name="name"
        label={t('name')}
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={errors.name}
      />
      <FormField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={errors.email}
      />
      <FormField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        required
        minLength={10}
        errors={errors.password}
      />
      <FormField
        name="cpf"
        label={t('cpf')}
        hint={t('cpfHint')}
        inputMode="numeric"
        defaultValue={state.values?.cpf}
        errors={errors.cpf}
      />
      <FormStatus state={state} />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
