'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { lookupOrderAction } from './actions';

export function OrderLookupForm() {
  const t = useTranslations('checkout');
  const [state, action] = useActionState(lookupOrderAction, initialActionState);
  const v = state.values ?? {};
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormField
        name="number"
        label={t('lookupNumber')}
        required
        defaultValue={v.number}
        errors={state.fieldErrors?.number}
      />
      <FormField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={v.email}
        errors={state.fieldErrors?.email}
      />
      <FormStatus state={state} />
      <div>
        <SubmitButton>{t('lookupSubmit')}</SubmitButton>
      </div>
    </form>
  );
}
