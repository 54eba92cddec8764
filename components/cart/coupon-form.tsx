'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { applyCouponAction, removeCouponAction } from './coupon-actions';

/** Apply a coupon code to the cart, and remove applied ones. Works without JavaScript. */
export function CouponForm(props: { applied: { id: string; code: string }[] }) {
  const t = useTranslations('coupons');
  const [state, apply] = useActionState(applyCouponAction, initialActionState);
  const [removed, remove] = useActionState(removeCouponAction, initialActionState);
  return (
    <div className="flex flex-col gap-2">
      <form action={apply} className="flex items-end gap-2">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="coupon-code" className="text-sm font-semibold text-stone-800">
            {t('label')}
          </label>
          <input
            id="coupon-code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            defaultValue={state.values?.code}
            className="rounded-md border border-stone-400 bg-white px-3 py-2 uppercase"
          />
        </div>
        <SubmitButton variant="quiet">{t('apply')}</SubmitButton>
      </form>
      <FormStatus state={state} />
      {props.applied.map((c) => (
        <form key={c.id} action={remove} className="flex items-center justify-between text-sm">
          <input type="hidden" name="couponId" value={c.id} />
          <span className="font-mono font-semibold">{c.code}</span>
          <SubmitButton variant="quiet" aria-label={t('remove', { code: c.code })}>
            ×
          </SubmitButton>
        </form>
      ))}
      <FormStatus state={removed} />
    </div>
  );
}
