'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { updateCartLineAction } from './actions';

/** Quantity update and removal of one line of the shopper's own cart. */
export function CartLineForm(props: { variantId: string; quantity: number; name: string }) {
  const t = useTranslations('cart');
  const [state, action] = useActionState(updateCartLineAction, initialActionState);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-end gap-2">
        <form action={action} className="flex items-end gap-2">
          <input type="hidden" name="variantId" value={props.variantId} />
          <label className="flex flex-col gap-1 text-xs font-medium">
            {t('quantityOf', { name: props.name })}
            <input
              type="number"
              name="quantity"
              min={1}
              max={99}
              defaultValue={props.quantity}
              className="w-20 rounded-md border border-stone-400 px-2 py-1"
            />
          </label>
          <SubmitButton variant="quiet">{t('update')}</SubmitButton>
        </form>
        <form action={action}>
          <input type="hidden" name="variantId" value={props.variantId} />
          <input type="hidden" name="quantity" value="0" />
          <SubmitButton variant="quiet" aria-label={t('removeNamed', { name: props.name })}>
            {t('remove')}
          </SubmitButton>
        </form>
      </div>
      <FormStatus state={state} />
    </div>
  );
}
