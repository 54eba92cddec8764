'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActor } from '@/lib/auth/current-actor';
import { revokeSessionAsAdmin } from '@/lib/auth/manage-sessions';

/** Admin with the "customers" permission signs out any session; it ends on that browser's next request. */
export async function revokeSessionAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'customers' });
  const id = z.uuid().safeParse(formData.get('sessionId'));
  if (!id.success) return;
  await revokeSessionAsAdmin(actor, id.data);
  revalidatePath('/admin/sessions');
}
