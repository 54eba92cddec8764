'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { issueDeviceKeyAction, type DeviceKeyActionState } from './device-key-actions';
import { Field } from './field';

const initial: DeviceKeyActionState = { ok: false };

/** Issues a key for the courier and shows it this once: only its hash is kept on the server. */
export function DeviceKeyIssueForm({ courierId }: { courierId: string }) {
  const t = useTranslations('adminDeviceKeys');
  const [state, action] = useActionState(issueDeviceKeyAction, initial);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  return (
    <div className="flex flex-col gap-3">
      <form ref={formRef} action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="courierId" value={courierId} />
        <div className="min-w-64 flex-1">
          <Field
            id="device-key-label"
            name="label"
            label={t('label')}
            hint={t('labelHint')}
            maxLength={80}
            error={state.fieldErrors?.label?.[0]}
            required
            autoComplete="off"
          />
        </div>
        <SubmitButton>{t('issue')}</SubmitButton>
      </form>
      <FormStatus state={state} />
      {state.key && (
        <div className="flex flex-col gap-1 rounded-md border border-amber-500 bg-amber-50 p-3">
          <label htmlFor="device-key-value" className="text-sm font-semibold text-amber-950">
            {t('shownOnce')}
          </label>
          <input
            id="device-key-value"
            readOnly
            value={state.key}
            data-testid="device-key-value"
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 font-mono text-sm"
          />
        </div>
      )}
    </div>
  );
}
