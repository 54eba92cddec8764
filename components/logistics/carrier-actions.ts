'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields } from '@/lib/actions/form-data';
import { adminFormErrorState } from '@/lib/admin/form-error-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import {
  CARRIER_PERMISSION,
  saveCarrier,
  setCarrierActive,
} from '@/lib/logistics/carriers/carrier-admin';
import {
  CARRIER_FIELDS,
  carrierFormInput,
  carrierFormSchema,
} from '@/lib/logistics/carriers/carrier-form-schema';

const CARRIER = { roles: ['admin' as const], permission: CARRIER_PERMISSION };
const CODE = /^[a-z0-9-]{1,40}$/;

/**
 * Creates a carrier, or edits the one named by `editCode` (its code stays); permission
 * `logistics`, audited, a stale edit refused by name. Bad input names the field, writes nothing.
 */
export async function saveCarrierAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor(CARRIER);
  const values = formFields(form, [...CARRIER_FIELDS, 'editCode', 'expectedVersion']);
  if (form.get('active') === 'on') values.active = 'on';
  const editCode = CODE.test(values.editCode ?? '') ? values.editCode : undefined;
  // The code input is read-only on an edit; the stored code is the one that counts.
  const input = carrierFormInput(form);
  if (editCode) input.code = editCode;
  let code: string;
  try {
    const saved = await saveCarrier(getDb(), actor, carrierFormSchema.parse(input), {
      editCode,
      expectedVersion: editCode ? (values.expectedVersion ?? '') : undefined,
      ip: await getActionIp(),
    });
    code = saved.code;
  } catch (error) {
    return adminFormErrorState(error, { values });
  }
  revalidatePath('/admin/carriers');
  if (!editCode) redirect('/admin/carriers?saved=1');
  revalidatePath(`/admin/carriers/${code}`);
  return { ok: true, message: (await getTranslations('adminCarriers'))('saved'), values };
}

/** Deactivates or re-activates a carrier (permission `logistics`), audited. */
export async function setCarrierActiveAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const actor = await requireActor(CARRIER);
  const t = await getTranslations('adminCarriers');
  const code = form.get('code');
  if (typeof code !== 'string' || !CODE.test(code))
    return { ok: false, message: t('notFound'), fieldErrors: { code: [t('notFound')] } };
  const active = form.get('active') === 'true';
  try {
    await setCarrierActive(getDb(), actor, code, active, await getActionIp());
  } catch (error) {
    return adminFormErrorState(error, {});
  }
  revalidatePath('/admin/carriers');
  revalidatePath(`/admin/carriers/${code}`);
  return { ok: true, message: active ? t('activated') : t('deactivated') };
}
