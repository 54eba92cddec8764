import type { ActionState } from '@/lib/actions/action-state';

/** The form's outcome, announced politely to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  return (
    <div role="status" aria-live="polite" className="min-h-0">
      {state.message ? (
        <p
          data-testid="form-status"
          className={`rounded-md px-3 py-2 text-sm font-medium ${
            state.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'
          }`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
