'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { AccountFields } from '@/components/ui/account-fields';
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
      <AccountFields
        fields={[
          { name: 'name', kind: 'name', label: t('name'), autoComplete: 'name' },
          { name: 'email', kind: 'email', label: t('email'), autoComplete: 'email' },
          {
            name: 'password',
            kind: 'password',
            label: t('password'),
            hint: t('passwordHint'),
            autoComplete: 'new-password',
            minLength: 10,
          },
        ]}
        values={state.values}
        errors={errors}
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
