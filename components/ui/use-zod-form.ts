'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import {
  firstInvalidControl,
  issuesToFieldErrors,
  type FieldErrors,
  type Translate,
} from '@/lib/forms/field-errors';

type Options = {
  /** The same schema the server action validates with. */
  schema: ZodType;
  /** FormData → the schema's input (the same function the action uses). */
  toInput: (form: FormData) => unknown;
  /** Called with the form's data once it is valid (a useActionState dispatcher, or an action). */
  action: (form: FormData) => void | Promise<void>;
  /** Field errors the server answered with: focus moves to the first of these too. */
  serverErrors?: Record<string, readonly string[] | string> | undefined;
  /** Issue path → input name where they differ. */
  fieldName?: (path: string) => string;
  /** A form's own namespace first; `adminForms.errors` is the fallback. */
  translate?: (code: string, values?: Record<string, number>) => string | undefined;
};

/** Moves focus to the first control of `form` named in `errors`. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors) {
  if (!form) return;
  const controls = Array.from(form.elements) as (HTMLElement & { name?: string; type?: string })[];
  controls[firstInvalidControl(controls, errors)]?.focus();
}

/**
 * Validates a form in the browser with the server's zod schema before anything is sent: field
 * errors appear inline and focus moves to the first one. A valid form is dispatched inside a
 * transition instead of the native submit, so React does not reset it and what the operator
 * typed survives a server-side error or an edit conflict.
 */
export function useZodForm({
  schema,
  toInput,
  action,
  serverErrors,
  fieldName,
  translate,
}: Options) {
  const t = useTranslations('adminForms.errors');
  const summary = useTranslations('adminForms')('fixErrors');
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [pending, startTransition] = useTransition();

  const text: Translate = (code, values) =>
    translate?.(code, values) ??
    (t.has(code as 'invalid') ? t(code as 'invalid', values) : t('invalid'));

  useEffect(() => {
    if (!serverErrors || Object.keys(serverErrors).length === 0) return;
    const asLists: FieldErrors = Object.fromEntries(
      Object.entries(serverErrors).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]]),
    );
    focusFirstInvalid(formRef.current, asLists);
  }, [serverErrors]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = schema.safeParse(toInput(data));
    if (!parsed.success) {
      const errors = issuesToFieldErrors(parsed.error.issues, text, fieldName);
      setClientErrors(errors);
      focusFirstInvalid(form, errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => action(data));
  }

  /** What the form shows while browser-side errors stand (null once they are fixed). */
  const clientState: ActionState | null = clientErrors
    ? { ok: false, message: summary, fieldErrors: clientErrors }
    : null;
  return { formRef, onSubmit, clientErrors, clientState, pending };
}
