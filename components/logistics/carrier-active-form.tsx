'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { setCarrierActiveAction } from './carrier-actions';

/** Deactivate (off new shipments, still on past orders) or re-activate one carrier. */
export function CarrierActiveForm(props: { code: string; name: string; active: boolean }) {
  const t = useTranslations('adminCarriers');
  const [state, action] = useActionState(setCarrierActiveAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="code" value={props.code} />
      <input type="hidden" name="active" value={String(!props.active)} />
      <SubmitButton variant={props.active ? 'danger' : 'quiet'}>
        {props.active ? t('deactivate', { name: props.name }) : t('activate', { name: props.name })}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
