'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { AccountFields } from '@/components/ui/account-fields';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { adminPermissions } from '@/db/schema/users';
import { initialActionState } from '@/lib/actions/action-state';
import { createStaffSchema, staffFormInput } from '@/lib/admin/staff/staff-schema';
import { createStaffAction } from './staff-actions';

/**
 * Creates (or promotes) an admin. The server's schema, password policy included, runs here
 * first: errors appear next to their field and focus moves to the first. Cleared once created.
 */
export function StaffCreateForm() {
  const t = useTranslations('adminDashboard.staff');
  const tp = useTranslations('adminDashboard.permissions');
  const [state, action] = useActionState(createStaffAction, initialActionState);
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: createStaffSchema,
    toInput: staffFormInput,
    action,
    serverErrors: state.fieldErrors,
  });
  const shown = clientState ?? state;
  const errors = shown.fieldErrors ?? {};
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
      aria-describedby="create-help"
      data-testid="staff-create-form"
    >
      <div className="flex flex-wrap gap-3">
        <AccountFields
          fields={[
            { name: 'email', kind: 'email', label: t('email'), autoComplete: 'off' },
            { name: 'name', kind: 'name', label: t('name'), autoComplete: 'off' },
            {
              name: 'password',
              kind: 'password',
              label: t('password'),
              autoComplete: 'new-password',
            },
          ]}
          values={state.values}
          errors={errors}
        />
      </div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 text-sm font-semibold">{t('permissionsOf', { email: '…' })}</legend>
        {adminPermissions.map((p) => (
          <label key={p} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="permissions" value={p} />
            {tp(p)}
          </label>
        ))}
      </fieldset>
      <FormStatus state={shown} />
      <div>
        <SubmitButton pending={pending}>{t('createButton')}</SubmitButton>
      </div>
    </form>
  );
}
