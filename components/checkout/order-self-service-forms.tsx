'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { cancelMyOrderAction, requestReturnAction } from './shopper-order-actions';

export function CancelOrderForm({ number }: { number: string }) {
  const t = useTranslations('selfService');
  const [state, action] = useActionState(cancelMyOrderAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="number" value={number} />
      <p className="text-sm text-stone-700">{t('cancelHint')}</p>
      <div>
        <SubmitButton variant="danger">{t('cancel')}</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function ReturnRequestForm({ number, deadline }: { number: string; deadline: string }) {
  const t = useTranslations('selfService');
  const [state, action] = useActionState(requestReturnAction, initialActionState);
  const error = state.fieldErrors?.reason?.[0];
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="number" value={number} />
      <label htmlFor="return-reason" className="text-sm font-semibold text-stone-800">
        {t('reasonLabel')}
      </label>
      <textarea
        id="return-reason"
        name="reason"
        rows={3}
        required
        defaultValue={state.values?.reason}
        aria-invalid={error ? true : undefined}
        aria-describedby="return-hint"
        className="rounded-md border border-stone-400 bg-white p-2"
      />
      <p id="return-hint" className="text-xs text-stone-600">
        {t('returnHint', { deadline })}
      </p>
      <div>
        <SubmitButton variant="quiet">{t('requestReturn')}</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
