'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { toggleCouponAction } from './actions';

export function ToggleCouponForm(props: { id: string; code: string; active: boolean }) {
  const t = useTranslations('adminCoupons');
  const [state, action] = useActionState(toggleCouponAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="active" value={String(!props.active)} />
      <SubmitButton variant={props.active ? 'danger' : 'quiet'}>
        {props.active ? t('disable', { code: props.code }) : t('enable', { code: props.code })}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
