'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/action-state';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { assignOrdersAction } from './actions';
import { Field, inputClass } from './field';

export type ReadyOrderRow = {
  id: string;
  number: string;
  recipient: string;
  district: string;
  weightKg: string;
  placed: string;
  located: boolean;
};

/** The ready orders with checkboxes, and manual assignment of the selected ones to a courier. */
export function AssignForm({
  orders,
  couriers,
}: {
  orders: ReadyOrderRow[];
  couriers: { id: string; label: string }[];
}) {
  const t = useTranslations('adminDispatch');
  const [state, action] = useActionState(assignOrdersAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="ready-orders">
          <thead className="border-b border-stone-300">
            <tr>
              {(['select', 'order', 'recipient', 'district', 'weight', 'placed'] as const).map(
                (c) => (
                  <th key={c} scope="col" className="px-2 py-2 font-semibold">
                    {t(`columns.${c}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {orders.map((o) => (
              <tr key={o.id}>
                <td className="px-2 py-2">
                  <input
                    type="checkbox"
                    name="orderIds"
                    value={o.id}
                    aria-label={t('selectOrder', { number: o.number })}
                  />
                </td>
                <td className="px-2 py-2 font-mono">{o.number}</td>
                <td className="px-2 py-2">{o.recipient}</td>
                <td className="px-2 py-2">
                  {o.district}
                  {!o.located && (
                    <span className="ml-1 text-xs text-red-800">({t('noLocation')})</span>
                  )}
                </td>
                <td className="px-2 py-2">{o.weightKg} kg</td>
                <td className="px-2 py-2">{o.placed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-300 p-3">
        <legend className="px-1 text-sm font-semibold">{t('assign.legend')}</legend>
        {couriers.length === 0 ? (
          <p className="text-sm">{t('assign.noCouriers')}</p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="assign-courier" label={t('assign.courier')}>
              <select id="assign-courier" name="courierId" className={inputClass}>
                {couriers.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="assign-position"
              name="position"
              inputMode="numeric"
              label={t('assign.position')}
              hint={t('assign.positionHint')}
            />
            <div className="self-end">
              <SubmitButton variant="quiet">{t('assign.submit')}</SubmitButton>
            </div>
          </div>
        )}
        <FormStatus state={state} />
      </fieldset>
    </form>
  );
}
