'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import type { CategoryOption } from './product-editor';
import { bulkEditAction } from './actions';

const control = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm';

/** Wraps the product table: its row checkboxes (name="ids") belong to this form. */
export function BulkEditForm({
  categories,
  children,
}: {
  categories: CategoryOption[];
  children: ReactNode;
}) {
  const t = useTranslations('adminCatalog.bulk');
  const [state, action] = useActionState(bulkEditAction, initialActionState);
  const [op, setOp] = useState('publish');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="bulk-form">
      <fieldset className="flex flex-wrap items-end gap-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t('title')}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-op" className="text-sm font-semibold">
            {t('op')}
          </label>
          <select
            id="bulk-op"
            name="op"
            value={op}
            onChange={(e) => setOp(e.target.value)}
            className={control}
          >
            {(['publish', 'unpublish', 'price', 'category'] as const).map((o) => (
              <option key={o} value={o}>
                {t(`ops.${o}`)}
              </option>
            ))}
          </select>
        </div>
        {op === 'price' && (
          <div className="flex flex-col gap-1">
            <label htmlFor="bulk-percent" className="text-sm font-semibold">
              {t('percent')}
            </label>
            <input
              id="bulk-percent"
              name="percent"
              inputMode="decimal"
              placeholder="-10"
              aria-invalid={errors.percent ? true : undefined}
              aria-describedby={errors.percent ? 'bulk-percent-error' : undefined}
              className={`${control} w-24`}
            />
            {errors.percent && (
              <p id="bulk-percent-error" className="text-xs font-medium text-red-800">
                {errors.percent[0]}
              </p>
            )}
          </div>
        )}
        {op === 'category' && (
          <div className="flex flex-col gap-1">
            <label htmlFor="bulk-category" className="text-sm font-semibold">
              {t('category')}
            </label>
            <select id="bulk-category" name="categoryId" className={control}>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <SubmitButton variant="quiet">{t('apply')}</SubmitButton>
        {errors.ids && <p className="text-sm font-medium text-red-800">{errors.ids[0]}</p>}
      </fieldset>
      <FormStatus state={state} />
      {children}
    </form>
  );
}
