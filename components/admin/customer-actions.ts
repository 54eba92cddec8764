'use server';

import { deleteCustomerOnRequest, setCustomerBlocked } from '@/lib/admin/customers/customer-ops';
import { formObject, runAdminAction } from '@/lib/admin/run-admin-action';
import { requireActor } from '@/lib/auth/current-actor';

const back = (form: FormData) => {
  const id = form.get('userId');
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)
    ? `/admin/customers/${id}`
    : '/admin/customers';
};

/** Blocks a customer: no sign-in, sessions revoked. */
export async function blockCustomerAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'customers' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await setCustomerBlocked(actor, formObject(formData), true, { ip });
    return 'blocked';
  });
}

export async function unblockCustomerAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'customers' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await setCustomerBlocked(actor, formObject(formData), false, { ip });
    return 'unblocked';
  });
}

/** LGPD erasure on request (typed confirmation); orders stay for fiscal records. */
export async function deleteCustomerAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'customers' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await deleteCustomerOnRequest(actor, formObject(formData), { ip });
    return 'deleted';
  });
}
