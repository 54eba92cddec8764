'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields, invalidState } from '@/lib/actions/form-data';
import { addressInputSchema } from '@/lib/accounts/address-schema';
import { deleteAddress, saveAddress } from '@/lib/accounts/addresses';
import { requireActor } from '@/lib/auth/current-actor';

const FIELDS = [
  'label',
  'recipient',
  'cep',
  'street',
  'number',
  'complement',
  'district',
  'city',
  'state',
  'isDefault',
] as const;

/** Creates an address for the signed-in actor; lib/accounts scopes it to them. */
export async function saveAddressAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor();
  const values = formFields(formData, FIELDS);
  const parsed = addressInputSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  await saveAddress(actor, parsed.data);
  revalidatePath('/account/addresses');
  return { ok: true, message: (await getTranslations('account.addresses'))('saved') };
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = z.uuid().safeParse(formData.get('addressId'));
  if (!id.success) return;
  await deleteAddress(actor, id.data);
  revalidatePath('/account/addresses');
}
