'use client';

import { useTranslations } from 'next-intl';
import {
  useActionState,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type ReactNode,
} from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { focusFirstInvalid } from '@/components/ui/use-zod-form';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { productFormSchema, productInputFromForm } from '@/lib/catalog/admin/product-form-schema';
import { issuesToFieldErrors } from '@/lib/forms/field-errors';
import { saveProductAction } from './actions';

export type EditorVariant = {
  id: string;
  sku: string;
  options: string[];
  price: string;
  compareAt: string;
  barcode: string;
};
export type EditorValues = {
  name: string;
  slug: string;
  description: string;
  brand: string;
  categoryId: string;
  status: 'draft' | 'active' | 'archived';
  seoTitle: string;
  seoDescription: string;
  optionNames: string[];
  variants: EditorVariant[];
  expectedUpdatedAt: string;
};
export type CategoryOption = { id: string; label: string };

const input =
  'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-stone-900 focus-visible:outline-2 focus-visible:outline-emerald-700 aria-invalid:border-red-700';
let rowKey = 0;
const newKey = () => `row-${++rowKey}`;

function slugify(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The product form. The shared zod schema runs in the browser first (errors inline, nothing
 * sent) and again on the server. Submitting through a transition keeps what was typed when the
 * server answers with errors or a conflict.
 */
export function ProductEditor({
  productId,
  initial,
  categories,
}: {
  productId: string | null;
  initial: EditorValues;
  categories: CategoryOption[];
}) {
  const t = useTranslations('adminCatalog.editor');
  const te = useTranslations('adminCatalog.errors');
  const [serverState, action] = useActionState(saveProductAction, initialActionState);
  const [clientState, setClientState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const [optionNames, setOptionNames] = useState(initial.optionNames);
  const [rows, setRows] = useState(() => initial.variants.map((v) => ({ key: newKey(), v })));
  const slugTouched = useRef(productId !== null);
  const state = clientState ?? serverState;
  const errors = state.fieldErrors ?? {};
  const text = (code: string) => (te.has(code) ? te(code) : te('invalid'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = productFormSchema.safeParse(productInputFromForm(form));
    if (!parsed.success) {
      const fieldErrors = issuesToFieldErrors(parsed.error.issues, text);
      setClientState({ ok: false, message: te('summary'), fieldErrors });
      focusFirstInvalid(event.currentTarget, fieldErrors);
      return;
    }
    setClientState(null);
    startTransition(() => action(form));
  }

  const err = (name: string) => errors[name];
  const cell = (i: number, field: string) => `variants.${i}.${field}`;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-6"
      data-testid="product-editor"
    >
      {productId && <input type="hidden" name="productId" value={productId} />}
      <input type="hidden" name="expectedUpdatedAt" value={initial.expectedUpdatedAt} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('basics')}</legend>
        <FormField
          name="name"
          label={t('name')}
          defaultValue={initial.name}
          errors={err('name')}
          onChange={(e) => {
            const slug = e.currentTarget.form?.elements.namedItem('slug');
            if (!slugTouched.current && slug instanceof HTMLInputElement)
              slug.value = slugify(e.target.value);
          }}
        />
        <FormField
          name="slug"
          label={t('slug')}
          hint={t('slugHint')}
          defaultValue={initial.slug}
          errors={err('slug')}
          onChange={() => (slugTouched.current = true)}
        />
        <FormField
          name="brand"
          label={t('brand')}
          defaultValue={initial.brand}
          errors={err('brand')}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-categoryId" className="text-sm font-semibold text-stone-800">
            {t('category')}
          </label>
          <select
            id="field-categoryId"
            name="categoryId"
            defaultValue={initial.categoryId}
            aria-invalid={err('categoryId') ? true : undefined}
            aria-describedby={err('categoryId') ? 'field-categoryId-error' : undefined}
            className={input}
          >
            <option value="">{t('chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {err('categoryId') && (
            <p id="field-categoryId-error" className="text-sm font-medium text-red-800">
              {err('categoryId')![0]}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="field-description" className="text-sm font-semibold text-stone-800">
            {t('description')}
          </label>
          <textarea
            id="field-description"
            name="description"
            rows={4}
            defaultValue={initial.description}
            className={input}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="field-status" className="text-sm font-semibold text-stone-800">
            {t('status')}
          </label>
          <select id="field-status" name="status" defaultValue={initial.status} className={input}>
            {(['active', 'draft', 'archived'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('seo')}</legend>
        <FormField
          name="seoTitle"
          label={t('seoTitle')}
          hint={t('seoTitleHint')}
          defaultValue={initial.seoTitle}
          errors={err('seoTitle')}
        />
        <FormField
          name="seoDescription"
          label={t('seoDescription')}
          hint={t('seoDescriptionHint')}
          defaultValue={initial.seoDescription}
          errors={err('seoDescription')}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('options')}</legend>
        <p className="text-sm text-stone-700">{t('optionsHint')}</p>
        <div className="flex flex-wrap items-end gap-3">
          {optionNames.map((name, j) => (
            <div key={j} className="flex items-end gap-1">
              <FormField
                name={`optionNames.${j}`}
                label={t('optionName', { n: j + 1 })}
                value={name}
                onChange={(e) =>
                  setOptionNames(optionNames.map((n, k) => (k === j ? e.target.value : n)))
                }
                errors={err(`optionNames.${j}`) ?? (j === 0 ? err('optionNames') : undefined)}
              />
              <button
                type="button"
                className="mb-1 rounded-full border border-stone-400 px-3 py-1 text-sm"
                onClick={() => setOptionNames(optionNames.filter((_, k) => k !== j))}
                aria-label={t('removeOption', { name: name || j + 1 })}
              >
                ×
              </button>
            </div>
          ))}
          {optionNames.length < 3 && (
            <button
              type="button"
              className="rounded-full border border-stone-400 px-4 py-1.5 text-sm font-semibold"
              onClick={() => setOptionNames([...optionNames, ''])}
            >
              {t('addOption')}
            </button>
          )}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('variants')}</legend>
        {err('variants') && (
          <p className="text-sm font-medium text-red-800">{err('variants')![0]}</p>
        )}
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="px-1 py-2">
                  {t('sku')}
                </th>
                {optionNames.map((n, j) => (
                  <th key={j} scope="col" className="px-1 py-2">
                    {n || t('optionName', { n: j + 1 })}
                  </th>
                ))}
                <th scope="col" className="px-1 py-2">
                  {t('price')}
                </th>
                <th scope="col" className="px-1 py-2">
                  {t('compareAt')}
                </th>
                <th scope="col" className="px-1 py-2">
                  {t('barcode')}
                </th>
                <th scope="col" className="px-1 py-2">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, v }, i) => {
                const box = (
                  field: string,
                  label: string,
                  value: string,
                  props: object = {},
                  extra: ReactNode = null,
                ) => {
                  const id = `${key}-${field}`;
                  const e = err(cell(i, field));
                  return (
                    <td key={field} className="px-1 py-1 align-top">
                      {extra}
                      <label htmlFor={id} className="sr-only">
                        {t('variantField', { field: label, n: i + 1 })}
                      </label>
                      <input
                        id={id}
                        name={cell(i, field)}
                        defaultValue={value}
                        aria-invalid={e ? true : undefined}
                        aria-describedby={e ? `${id}-error` : undefined}
                        className={`${input} w-full`}
                        {...props}
                      />
                      {e && (
                        <p id={`${id}-error`} className="text-xs font-medium text-red-800">
                          {e[0]}
                        </p>
                      )}
                    </td>
                  );
                };
                return (
                  <tr key={key} className="border-b border-stone-100">
                    {box(
                      'sku',
                      t('sku'),
                      v.sku,
                      {},
                      <input type="hidden" name={cell(i, 'id')} value={v.id} />,
                    )}
                    {optionNames.map((n, j) =>
                      box(`options.${j}`, n || t('optionName', { n: j + 1 }), v.options[j] ?? ''),
                    )}
                    {box('price', t('price'), v.price, {
                      inputMode: 'decimal',
                      placeholder: '0,00',
                    })}
                    {box('compareAt', t('compareAt'), v.compareAt, { inputMode: 'decimal' })}
                    {box('barcode', t('barcode'), v.barcode, { inputMode: 'numeric' })}
                    <td className="px-1 py-1 align-top">
                      <button
                        type="button"
                        className="rounded-full border border-stone-400 px-3 py-1 text-sm disabled:opacity-50"
                        disabled={rows.length === 1}
                        onClick={() => setRows(rows.filter((r) => r.key !== key))}
                        aria-label={t('removeVariant', { n: i + 1 })}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div>
          <button
            type="button"
            className="rounded-full border border-stone-400 px-4 py-1.5 text-sm font-semibold"
            onClick={() =>
              setRows([
                ...rows,
                {
                  key: newKey(),
                  v: { id: '', sku: '', options: [], price: '', compareAt: '', barcode: '' },
                },
              ])
            }
          >
            {t('addVariant')}
          </button>
        </div>
      </fieldset>

      <div className="flex flex-col gap-2">
        <FormStatus state={state} />
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-emerald-800 px-5 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
          >
            {productId ? t('save') : t('create')}
          </button>
        </div>
      </div>
    </form>
  );
}
