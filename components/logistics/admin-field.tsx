'use client';

import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';

const inputClass =
  'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-700 aria-invalid:border-red-700';

type Common = { name: string; label: string; hint?: string; error?: string; className?: string };

/** A labelled admin input whose hint and error (a code under adminZones.errors) are announced. */
export function AdminField({
  name,
  label,
  hint,
  error,
  className,
  multiline,
  ...rest
}: Common &
  (
    | ({ multiline?: false } & InputHTMLAttributes<HTMLInputElement>)
    | ({ multiline: true } & TextareaHTMLAttributes<HTMLTextAreaElement>)
  )) {
  const t = useTranslations('adminZones.errors');
  const id = `zone-${name.replace(/\./g, '-')}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const aria = {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: `${inputClass} w-full`,
  };
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={id} className="text-xs font-semibold text-stone-800">
        {label}
      </label>
      {multiline ? (
        <textarea {...aria} {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...aria} {...(rest as InputHTMLAttributes<HTMLInputElement>)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-800">
          {t.has(error as 'invalid') ? t(error as 'invalid') : t('invalid')}
        </p>
      )}
    </div>
  );
}
