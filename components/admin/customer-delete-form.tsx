'use client';

import { useTranslations } from 'next-intl';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { deleteCustomerSchema } from '@/lib/admin/customers/customer-schema';
import { deleteCustomerAction } from './customer-actions';

/**
 * LGPD erasure with a typed confirmation, checked here with the server's schema before anything
 * is sent. The action answers through the URL (notice/error), shown by the page; a server-side
 * error on the confirmation arrives as `serverErrors` and takes focus like a local one.
 */
export function CustomerDeleteForm({
  userId,
  serverErrors,
}: {
  userId: string;
  serverErrors?: Record<string, string[]>;
}) {
  const t = useTranslations('adminDashboard.customers');
  const { formRef, onSubmit, clientState, pending } = useZodForm({
    schema: deleteCustomerSchema,
    toInput: (form) => ({ userId: form.get('userId'), confirm: form.get('confirm') }),
    action: deleteCustomerAction,
    serverErrors,
  });
  const errors = clientState?.fieldErrors ?? serverErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-stone-700" id="delete-help">
        {t('deleteHelp')}
      </p>
      <FormField
        name="confirm"
        label={t('confirm')}
        autoComplete="off"
        required
        className="w-40"
        aria-describedby={errors.confirm ? 'delete-help field-confirm-error' : 'delete-help'}
        errors={errors.confirm}
      />
      {clientState && <FormStatus state={clientState} />}
      <div>
        <SubmitButton variant="danger" pending={pending}>
          {t('delete')}
        </SubmitButton>
      </div>
    </form>
  );
}
