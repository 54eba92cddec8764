'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

/**
 * Switches one record on or off (a coupon, a carrier): posts its key and the opposite of `active`
 * to `action`; the button says what pressing it does.
 */
export function ToggleActiveForm(props: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  field: { name: string; value: string };
  active: boolean;
  /** The button's text while active (turns it off) and while inactive (turns it on). */
  labels: { off: string; on: string };
}) {
  const [state, action] = useActionState(props.action, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name={props.field.name} value={props.field.value} />
      <input type="hidden" name="active" value={String(!props.active)} />
      <SubmitButton variant={props.active ? 'danger' : 'quiet'}>
        {props.active ? props.labels.off : props.labels.on}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
