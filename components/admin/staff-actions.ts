'use server';

import { createStaffAdmin, permissionsField } from '@/lib/admin/staff/staff-ops';
import { formObject, runAdminAction } from '@/lib/admin/run-admin-action';
import { requireActor } from '@/lib/auth/current-actor';
import { setAdminPermissions } from '@/lib/auth/grant-permissions';
import { AppError } from '@/lib/errors';
import { z } from 'zod';

/** Creates (or promotes) an admin with the ticked permissions. */
export async function createStaffAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'staff' });
  await runAdminAction('/admin/staff', async ({ ip }) => {
    await createStaffAdmin(
      actor,
      { ...formObject(formData), permissions: formData.getAll('permissions') },
      { ip },
    );
    return 'created';
  });
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
