'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  variant = 'primary',
  pending: dispatching = false,
  ...rest
}: {
  children: ReactNode;
  variant?: 'primary' | 'danger' | 'quiet';
  'aria-label'?: string;
  /** For forms that dispatch their action in a transition (useZodForm), not a native submit. */
  pending?: boolean;
}) {
  const pending = useFormStatus().pending || dispatching;
  const styles = {
    primary: 'bg-emerald-800 text-white hover:bg-emerald-900',
    danger: 'bg-red-800 text-white hover:bg-red-900',
    quiet: 'border border-stone-400 bg-white text-stone-800 hover:bg-stone-100',
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-full px-5 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60 ${styles}`}
      {...rest}
    >
      {children}
    </button>
  );
}
