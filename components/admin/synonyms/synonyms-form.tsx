'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveSynonymsAction } from './actions';

export function SynonymsForm({ text, version }: { text: string; version: string }) {
  const t = useTranslations('adminCatalog.synonyms');
  const [state, action] = useActionState(saveSynonymsAction, initialActionState);
  const error = state.fieldErrors?.text;
  return (
    <form action={action} className="flex max-w-3xl flex-col gap-3" data-testid="synonyms-form">
      <input type="hidden" name="version" value={version} />
      <label htmlFor="synonyms-text" className="text-sm font-semibold">
        {t('label')}
      </label>
      <textarea
        id="synonyms-text"
        name="text"
        rows={14}
        defaultValue={state.values?.text ?? text}
        aria-describedby={`synonyms-hint${error ? ' synonyms-error' : ''}`}
        aria-invalid={error ? true : undefined}
        className="rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm"
      />
      <p id="synonyms-hint" className="text-xs text-stone-600">
        {t('hint')}
      </p>
      {error && (
        <p id="synonyms-error" className="text-sm font-medium text-red-800">
          {error[0]}
        </p>
      )}
      <FormStatus state={state} />
      <div>
        <SubmitButton>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
