'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { uploadImageAction } from './actions';

/** JPEG, PNG, WebP or GIF up to 5 MB; the server checks the file's content, not its name. */
export function ImageUploadForm({ productId }: { productId: string }) {
  const t = useTranslations('adminCatalog.images');
  const [state, action] = useActionState(uploadImageAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="image-upload">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-image" className="text-sm font-semibold text-stone-800">
          {t('file')}
        </label>
        <input
          id="field-image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-invalid={errors.image ? true : undefined}
          aria-describedby={`field-image-hint${errors.image ? ' field-image-error' : ''}`}
          className="text-sm"
        />
        <p id="field-image-hint" className="text-xs text-stone-600">
          {t('hint')}
        </p>
        {errors.image && (
          <p id="field-image-error" className="text-sm font-medium text-red-800">
            {errors.image[0]}
          </p>
        )}
      </div>
      <FormField name="alt" label={t('alt')} errors={errors.alt} />
      <SubmitButton variant="quiet">{t('upload')}</SubmitButton>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
