'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import {
  fieldErrorState,
  fieldOfAppError,
  formFields,
  invalidState,
} from '@/lib/actions/form-data';
import { deleteMyAccount } from '@/lib/accounts/delete-account';
import { profileInputSchema, updateProfile } from '@/lib/accounts/profile';
import { changePassword } from '@/lib/auth/change-password';
import { requireActor } from '@/lib/auth/current-actor';
import { revokeMySession } from '@/lib/auth/manage-sessions';
import { requestContextFrom } from '@/lib/auth/request-context';
import { newPasswordSchema, passwordInputSchema } from '@/lib/auth/schemas';
import { signOut } from '@/lib/auth/authjs';

// Public endpoints: each action resolves the actor from the session itself, then lets lib/
// scope every read and write to that actor.

export async function updateProfileAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = formFields(formData, ['name', 'cpf', 'phone']);
  const actor = await requireActor();
  const parsed = profileInputSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const result = await updateProfile(actor, parsed.data);
  if (!result.ok) return fieldErrorState(result.field, result.code, values);
  revalidatePath('/account');
  return { ok: true, message: (await getTranslations('account.profile'))('saved'), values };
}

const changePasswordSchema = z
  .object({
    currentPassword: passwordInputSchema,
    newPassword: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'mismatch' });

export async function changePasswordAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor();
  const parsed = changePasswordSchema.safeParse(
    formFields(formData, ['currentPassword', 'newPassword', 'confirm']),
  );
  if (!parsed.success) return invalidState(parsed.error);
  try {
    await changePassword(actor, parsed.data, requestContextFrom(await headers()));
  } catch (error) {
    const field = fieldOfAppError(error);
    if (field) return fieldErrorState(field, 'wrong_password');
    throw error;
  }
  revalidatePath('/account/security');
  return { ok: true, message: (await getTranslations('account.security'))('changed') };
}

export async function revokeMySessionAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = z.uuid().safeParse(formData.get('sessionId'));
  if (!id.success) return;
  await revokeMySession(actor, id.data);
  revalidatePath('/account/security');
}

const deleteSchema = z.object({
  password: z.string().max(128, 'too_long'),
  confirm: z.literal('on', { error: 'confirm_delete' }),
});

export async function deleteAccountAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor({ roles: ['customer'] });
  const parsed = deleteSchema.safeParse(formFields(formData, ['password', 'confirm']));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    await deleteMyAccount(actor, parsed.data.password);
  } catch (error) {
    if (fieldOfAppError(error)) return fieldErrorState('password', 'wrong_password');
    throw error;
  }
  await signOut({ redirect: false });
  redirect('/sign-in?notice=deleted');
}
