'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { createCategoryAction, editCategoryAction } from './category-actions';
import type { CategoryOption } from './product-editor';

const control = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm';

function ParentSelect({
  id,
  options,
  defaultValue,
  errors,
}: {
  id: string;
  options: CategoryOption[];
  defaultValue: string;
  errors?: string[];
}) {
  const t = useTranslations('adminCatalog.categories');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {t('parent')}
      </label>
      <select
        id={id}
        name="parentId"
        defaultValue={defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={control}
      >
        <option value="">{t('root')}</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {errors && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-800">
          {errors[0]}
        </p>
      )}
    </div>
  );
}

export function CreateCategoryForm({ options }: { options: CategoryOption[] }) {
  const t = useTranslations('adminCatalog.categories');
  const [state, action] = useActionState(createCategoryAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="create-category">
      <FormField
        id="new-category-name"
        name="name"
        label={t('name')}
        defaultValue={state.values?.name}
        errors={errors.name}
      />
      <FormField
        id="new-category-slug"
        name="slug"
        label={t('slug')}
        defaultValue={state.values?.slug}
        errors={errors.slug}
      />
      <ParentSelect
        id="new-category-parent"
        options={options}
        defaultValue={state.values?.parentId ?? ''}
        errors={errors.parentId}
      />
      <SubmitButton>{t('create')}</SubmitButton>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function EditCategoryForm({
  category,
  options,
}: {
  category: { id: string; name: string; parentId: string | null; updatedAt: string };
  options: CategoryOption[];
}) {
  const t = useTranslations('adminCatalog.categories');
  const [state, action] = useActionState(editCategoryAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 py-2">
      <input type="hidden" name="id" value={category.id} />
      <input type="hidden" name="expectedUpdatedAt" value={category.updatedAt} />
      <FormField
        id={`name-${category.id}`}
        name="name"
        label={t('name')}
        defaultValue={category.name}
        errors={errors.name}
      />
      <ParentSelect
        id={`parent-${category.id}`}
        options={options.filter((o) => o.id !== category.id)}
        defaultValue={category.parentId ?? ''}
        errors={errors.parentId}
      />
      <SubmitButton variant="quiet">{t('save')}</SubmitButton>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
