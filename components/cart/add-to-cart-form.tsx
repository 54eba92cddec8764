'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addToCartAction } from './actions';

/** Adds the selected variant; the server limits the quantity by available stock and says so. */
export function AddToCartForm({ variantId, soldOut }: { variantId: string; soldOut: boolean }) {
  const t = useTranslations('cart');
  const [state, action] = useActionState(addToCartAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="variantId" value={variantId} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('quantity')}
          <input
            type="number"
            name="quantity"
            min={1}
            max={99}
            defaultValue={1}
            className="w-20 rounded-md border border-stone-400 px-2 py-2"
          />
        </label>
        {soldOut ? (
          <p className="py-2 text-sm font-semibold text-stone-700">{t('soldOut')}</p>
        ) : (
          <SubmitButton>{t('add')}</SubmitButton>
        )}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
