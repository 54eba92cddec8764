'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import type { Profile } from '@/lib/accounts/profile';
import { updateProfileAction } from './actions';

export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useTranslations('account.profile');
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-lg flex-col gap-4" noValidate>
      <FormField name="email" label={t('email')} value={profile.email} readOnly disabled />
      <FormField
        name="name"
        label={t('name')}
        autoComplete="name"
        required
        defaultValue={v?.name ?? profile.name}
        errors={errors.name}
      />
      <FormField
        name="cpf"
        label={t('cpf')}
        inputMode="numeric"
        defaultValue={v?.cpf ?? profile.cpf ?? ''}
        errors={errors.cpf}
      />
      <FormField
        name="phone"
        type="tel"
        label={t('phone')}
        autoComplete="tel"
        defaultValue={v?.phone ?? profile.phone ?? ''}
        errors={errors.phone}
      />
      <FormStatus state={state} />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
