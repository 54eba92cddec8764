'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { adminFormErrorState } from '@/lib/admin/form-error-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { updateStoreSettings } from '@/lib/settings/store-settings';
import {
  settingsFieldName,
  settingsFormInput,
  storeSettingsFormSchema,
} from '@/lib/settings/store-settings-form';

/**
 * Saves the store settings form (updateStoreSettings checks `settings`, audits, and refuses a
 * save based on an outdated version). Errors come back inline with the operator's input.
 */
export async function saveSettingsAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor({ roles: ['admin'], permission: 'settings' });
  const values = settingsFormInput(formData);
  const version = formData.get('expectedVersion');
  try {
    const patch = storeSettingsFormSchema.parse(values);
    await updateStoreSettings(actor, patch, {
      ip: await getActionIp(),
      expectedVersion: typeof version === 'string' ? version : '',
    });
  } catch (error) {
    return adminFormErrorState(error, { values, fieldName: settingsFieldName });
  }
  revalidatePath('/admin/settings');
  return { ok: true, message: (await getTranslations('adminDashboard.settings'))('notices.saved') };
}
