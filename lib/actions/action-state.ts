/** What every server action returns to its form. */
export type ActionState = {
  ok: boolean;
  /** Already translated; shown in the form's status region. */
  message?: string;
  /** Field name → translated messages; the field shows the first. */
  fieldErrors?: Record<string, string[]>;
  /** Non-secret values to put back after a failed submit (React resets the form on submit). */
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };
