'use client';

import { useTranslations } from 'next-intl';
import {
  createContext,
  useContext,
  useMemo,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { useZodForm } from '@/components/ui/use-zod-form';
import {
  acceptReturnSchema,
  cancelOrderSchema,
  declineReturnSchema,
  moveOrderSchema,
  orderNoteSchema,
  refundOrderSchema,
  resendEmailSchema,
} from '@/lib/admin/orders/order-form-schemas';
import type { FieldErrors } from '@/lib/forms/field-errors';

// By name: a server page cannot hand a zod schema (functions) to a client component.
const SCHEMAS = {
  move: moveOrderSchema,
  cancel: cancelOrderSchema,
  refund: refundOrderSchema,
  note: orderNoteSchema,
  resendEmail: resendEmailSchema,
  acceptReturn: acceptReturnSchema,
  declineReturn: declineReturnSchema,
} as const;

type Ctx = { id: string; errors: FieldErrors };
const FormContext = createContext<Ctx>({ id: 'form', errors: {} });

const formToInput = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));

// admin-ui.tsx's inputClass, which lives beside server-only helpers.
const inputClass =
  'rounded-md border border-stone-400 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-700 aria-invalid:border-red-700';

const buttonStyles = {
  primary: 'bg-emerald-800 text-white hover:bg-emerald-900',
  danger: 'bg-red-800 text-white hover:bg-red-900',
  quiet: 'border border-stone-400 bg-white text-stone-800 hover:bg-stone-100',
};

/**
 * An order-page form validated in the browser with the same zod schema its server operation
 * parses: nothing is sent until it passes, field errors show inline and take focus. The server
 * stays the authority: its `error=<field>.<code>` comes back in the URL and shows on that field.
 */
export function OrderForm({
  id,
  fields = [],
  schema,
  action,
  serverError,
  submitLabel,
  submitAriaLabel,
  variant = 'primary',
  className,
  children,
  ...rest
}: {
  /** Prefix for the fields' ids (several forms on the page have a "reason"). */
  id: string;
  /** The visible fields (OrderField names); errors on any other show under the form. */
  fields?: readonly string[];
  schema: keyof typeof SCHEMAS;
  action: (form: FormData) => Promise<void>;
  /** The URL's `error` when this form was the one submitted (`field.code`). */
  serverError?: string | undefined;
  submitLabel: string;
  submitAriaLabel?: string;
  variant?: keyof typeof buttonStyles;
  className?: string;
  children?: ReactNode;
  'aria-labelledby'?: string;
}) {
  const t = useTranslations('adminDashboard.common.errors');
  // Keyed by the URL's error string only, so focus moves to the field once per server answer.
  const serverCodes = useMemo(() => {
    const [field, code] = serverError?.split('.') ?? [];
    return field && code ? { [field]: [code] } : undefined;
  }, [serverError]);
  const text = (code: string) => (t.has(code as 'invalid') ? t(code as 'invalid') : t('invalid'));
  const { formRef, onSubmit, clientErrors, pending } = useZodForm({
    schema: SCHEMAS[schema],
    toInput: formToInput,
    action,
    serverErrors: serverCodes,
    translate: text,
  });
  const errors: FieldErrors =
    clientErrors ??
    Object.fromEntries(Object.entries(serverCodes ?? {}).map(([f, codes]) => [f, codes.map(text)]));
  // Errors on fields the operator cannot see (a tampered hidden input) still need saying.
  const hidden = Object.entries(errors).filter(([name]) => !fields.includes(name));
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={className} {...rest}>
      <FormContext.Provider value={{ id, errors }}>
        {children}
        {hidden.length > 0 ? (
          <p role="alert" className="w-full text-sm text-red-800">
            {hidden.map(([, messages]) => messages[0]).join(' ')}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          aria-label={submitAriaLabel}
          className={`rounded-full px-5 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60 ${buttonStyles[variant]}`}
        >
          {submitLabel}
        </button>
      </FormContext.Provider>
    </form>
  );
}

type FieldProps = { name: string; label: string; hintId?: string; className?: string };

/** A labelled input or textarea of an OrderForm with its inline error (aria-invalid, -describedby). */
export function OrderField({
  name,
  label,
  hintId,
  className,
  multiline,
  ...control
}: FieldProps &
  (
    | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>)
  )) {
  const { id, errors } = useContext(FormContext);
  const fieldId = `${id}-${name}`;
  const message = errors[name]?.[0];
  const errorId = `${fieldId}-error`;
  const a11y = {
    id: fieldId,
    name,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': [hintId, message ? errorId : null].filter(Boolean).join(' ') || undefined,
    className: inputClass,
  };
  return (
    <div className={`flex flex-col gap-1 text-sm ${className ?? ''}`}>
      <label htmlFor={fieldId}>{label}</label>
      {multiline ? (
        <textarea {...(control as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...a11y} />
      ) : (
        <input {...(control as InputHTMLAttributes<HTMLInputElement>)} {...a11y} />
      )}
      {message ? (
        <p id={errorId} className="text-sm text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
