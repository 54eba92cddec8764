'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { deviceKeyLabelSchema, issueDeviceKey, revokeDeviceKey } from '@/lib/tracking/device-keys';

const LOGISTICS = { roles: ['admin' as const], permission: 'logistics' as const };

/** The issue form's state: the clear key travels back once, in this response only. */
export type DeviceKeyActionState = ActionState & { key?: string };

/** Issues a device key for a courier (shown once by the form); audited. */
export async function issueDeviceKeyAction(
  _prev: DeviceKeyActionState,
  form: FormData,
): Promise<DeviceKeyActionState> {
  const actor = await requireActor(LOGISTICS);
  const t = await getTranslations('adminDeviceKeys');
  const courierId = z.uuid().safeParse(form.get('courierId'));
  const label = deviceKeyLabelSchema.safeParse(form.get('label') ?? '');
  if (!courierId.success) return { ok: false, message: t('errors.notFound') };
  if (!label.success) {
    const message = t('errors.label');
    return { ok: false, message, fieldErrors: { label: [message] } };
  }
  try {
    const issued = await issueDeviceKey(
      getDb(),
      actor,
      courierId.data,
      label.data,
      await getActionIp(),
    );
    revalidatePath(`/admin/couriers/${courierId.data}`);
    return { ok: true, message: t('issued'), key: issued.key };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return { ok: false, message: t('errors.notFound') };
    }
    throw error;
  }
}

/** Revokes one of the courier's device keys; audited. */
export async function revokeDeviceKeyAction(form: FormData): Promise<void> {
  const actor = await requireActor(LOGISTICS);
  const courierId = z.uuid().safeParse(form.get('courierId'));
  const keyId = z.uuid().safeParse(form.get('keyId'));
  if (!courierId.success || !keyId.success) return;
  await revokeDeviceKey(getDb(), actor, courierId.data, keyId.data, await getActionIp());
  revalidatePath(`/admin/couriers/${courierId.data}`);
}
