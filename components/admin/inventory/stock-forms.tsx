'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { initialActionState } from '@/lib/actions/action-state';
import {
  ADJUSTMENT_REASONS,
  stockAdjustmentSchema,
  thresholdSchema,
} from '@/lib/inventory/adjustment-schema';
import { adjustStockAction, setThresholdAction } from './actions';

const fields =
  (...names: string[]) =>
  (form: FormData) =>
    Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '')]));

/** Codes are the catalog's (adminCatalog.errors), like the server's answers. */
function useCatalogCodes() {
  const te = useTranslations('adminCatalog.errors');
  return (code: string) => (te.has(code as 'invalid') ? te(code as 'invalid') : undefined);
}

/** Inline errors come from the server's schema, checked here first (nothing sent until valid). */
export function AdjustStockForm({ variantId }: { variantId: string }) {
  const t = useTranslations('adminCatalog.inventory');
  const [state, action] = useActionState(adjustStockAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: stockAdjustmentSchema,
    toInput: fields('variantId', 'reason', 'quantity', 'note'),
    action,
    serverErrors: state.fieldErrors,
    translate: useCatalogCodes(),
  });
  const shown = clientState ?? state;
  const errors = shown.fieldErrors ?? {};
  // Dispatched without a native submit, so React no longer clears it: a done adjustment must not
  // stay in the form, one click away from being applied twice.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3"
      data-testid="adjust-stock"
    >
      <input type="hidden" name="variantId" value={variantId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="adjust-reason" className="text-sm font-semibold">
          {t('reason')}
        </label>
        <select
          id="adjust-reason"
          name="reason"
          defaultValue={state.values?.reason ?? 'restock'}
          className="rounded-md border border-stone-400 bg-white px-2 py-2 text-sm"
        >
          {ADJUSTMENT_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        id="adjust-quantity"
        name="quantity"
        label={t('quantity')}
        hint={t('quantityHint')}
        inputMode="numeric"
        defaultValue={state.values?.quantity}
        errors={errors.quantity}
      />
      <FormField
        id="adjust-note"
        name="note"
        label={t('note')}
        defaultValue={state.values?.note}
        errors={errors.note}
      />
      <SubmitButton pending={pending}>{t('adjust')}</SubmitButton>
      <div className="w-full">
        <FormStatus state={shown} />
      </div>
    </form>
  );
}

export function ThresholdForm({
  variantId,
  threshold,
}: {
  variantId: string;
  threshold: number | null;
}) {
  const t = useTranslations('adminCatalog.inventory');
  const [state, action] = useActionState(setThresholdAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: thresholdSchema,
    toInput: fields('variantId', 'threshold'),
    action,
    serverErrors: state.fieldErrors,
    translate: useCatalogCodes(),
  });
  const shown = clientState ?? state;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3"
      data-testid="threshold-form"
    >
      <input type="hidden" name="variantId" value={variantId} />
      <FormField
        id="threshold"
        name="threshold"
        label={t('threshold')}
        hint={t('thresholdHint')}
        inputMode="numeric"
        defaultValue={state.values?.threshold ?? (threshold === null ? '' : String(threshold))}
        errors={shown.fieldErrors?.threshold}
      />
      <SubmitButton variant="quiet" pending={pending}>
        {t('saveThreshold')}
      </SubmitButton>
      <div className="w-full">
        <FormStatus state={shown} />
      </div>
    </form>
  );
}
