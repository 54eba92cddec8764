'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { adminFormErrorState } from '@/lib/admin/form-error-state';
import { formObject, runAdminAction } from '@/lib/admin/run-admin-action';
import { createStaffAdmin, permissionsField } from '@/lib/admin/staff/staff-ops';
import { staffFormInput } from '@/lib/admin/staff/staff-schema';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { setAdminPermissions } from '@/lib/auth/grant-permissions';
import { AppError } from '@/lib/errors';

/**
 * Creates (or promotes) an admin with the ticked permissions. Field errors come back inline
 * (the password is never echoed back into the form).
 */
export async function createStaffAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor({ roles: ['admin'], permission: 'staff' });
  const { password: _password, ...values } = formObject(formData);
  try {
    await createStaffAdmin(actor, staffFormInput(formData), { ip: await getActionIp() });
  } catch (error) {
    return adminFormErrorState(error, { values });
  }
  revalidatePath('/admin/staff');
  return { ok: true, message: (await getTranslations('adminDashboard.staff'))('notices.created') };
}

const permissionsForm = z.object({ userId: z.uuid('invalid'), permissions: permissionsField });

/** Grants/revokes: the admin's permissions become exactly the ticked boxes. */
export async function setStaffPermissionsAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'staff' });
  await runAdminAction('/admin/staff', async ({ ip }) => {
    const input = permissionsForm.parse({
      userId: formData.get('userId'),
      permissions: formData.getAll('permissions'),
    });
    try {
      await setAdminPermissions(actor, input.userId, input.permissions, { ip });
    } catch (error) {
      // Changing one's own permissions is refused for non-super-admins: shown, not a crash.
      if (error instanceof AppError && error.code === 'forbidden') {
        throw new AppError('conflict', error.message);
      }
      throw error;
    }
    return 'saved';
  });
}
