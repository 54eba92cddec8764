'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

/** One button that spends an e-mailed link (verify, unlock). */
export function ConfirmLinkForm({
  token,
  label,
  action: serverAction,
}: {
  token: string;
  label: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, action] = useActionState(serverAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormStatus state={state} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
