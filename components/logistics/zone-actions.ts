'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getActionIp } from '@/lib/audit/record-audit';
import { getCurrentActor, requireActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { staleMessage } from '@/lib/admin/form-error-state';
import { isStaleWrite } from '@/lib/catalog/admin/catalog-errors';
import { AppError } from '@/lib/errors';
import {
  settingsFormInput,
  logisticsSettingsSchema,
} from '@/lib/logistics/zones/settings-form-schema';
import {
  deleteZone,
  saveLogisticsSettings,
  saveZone,
  setCarrierTracking,
} from '@/lib/logistics/zones/zone-admin';
import {
  zoneFieldErrors,
  zoneFormInput,
  zoneFormSchema,
} from '@/lib/logistics/zones/zone-form-schema';

/**
 * Field name → error code (translated by the form under adminZones.errors); `message` is an
 * already translated outcome for the whole form (an edit conflict).
 */
export type ZoneFormState = {
  ok: boolean;
  errors?: Record<string, string>;
  saved?: boolean;
  message?: string;
};

const LOGISTICS = { roles: ['admin' as const], permission: 'logistics' as const };

/** Create or edit a zone with its rate table (permission `logistics`); audited. */
export async function saveZoneAction(_prev: ZoneFormState, form: FormData): Promise<ZoneFormState> {
  await requireActor(LOGISTICS);
  const rawId = form.get('id');
  const id = typeof rawId === 'string' && z.uuid().safeParse(rawId).success ? rawId : null;
  const { input, rateRows } = zoneFormInput(form);
  const parsed = zoneFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zoneFieldErrors(parsed.error.issues, rateRows) };
  const version = form.get('expectedVersion');
  let savedId: string;
  try {
    savedId = await saveZone(
      getDb(),
      await getCurrentActor(),
      id,
      parsed.data,
      await getActionIp(),
      id ? (typeof version === 'string' ? version : '') : undefined,
    );
  } catch (error) {
    if (!isStaleWrite(error)) throw error;
    return { ok: false, message: await staleMessage(error.details.by, error.details.at) };
  }
  revalidatePath('/admin/zones');
  // The edit page re-renders with the new version, so the next save from it is not "stale".
  if (id) revalidatePath(`/admin/zones/${id}`);
  if (!id) redirect(`/admin/zones/${savedId}?saved=1`);
  return { ok: true, saved: true };
}

/** Deletes a zone and its rates (permission `logistics`); audited. */
export async function deleteZoneAction(form: FormData): Promise<void> {
  await requireActor(LOGISTICS);
  const id = z.uuid().safeParse(form.get('id'));
  if (!id.success) return;
  try {
    await deleteZone(getDb(), await getCurrentActor(), id.data, await getActionIp());
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_found')) throw error;
  }
  revalidatePath('/admin/zones');
  redirect('/admin/zones?deleted=1');
}

/** Store origin, pickup and default package (permission `logistics`); audited. */
export async function saveLogisticsSettingsAction(
  _prev: ZoneFormState,
  form: FormData,
): Promise<ZoneFormState> {
  await requireActor(LOGISTICS);
  const parsed = logisticsSettingsSchema.safeParse(settingsFormInput(form));
  if (!parsed.success) return { ok: false, errors: zoneFieldErrors(parsed.error.issues, []) };
  await saveLogisticsSettings(getDb(), await getCurrentActor(), parsed.data, await getActionIp());
  revalidatePath('/admin/zones');
  return { ok: true, saved: true };
}

const trackingSchema = z.object({
  orderId: z.uuid(),
  carrier: z.string().regex(/^([a-z0-9-]{1,40})?$/, 'invalid_choice'),
  trackingCode: z
    .string()
    .trim()
    .max(60, 'too_long')
    .regex(/^[A-Za-z0-9-]*$/, 'invalid_tracking_code'),
});

/** Admin (permission `orders`) sets or clears an order's carrier and tracking code; audited. */
export async function setCarrierTrackingAction(
  _prev: ZoneFormState,
  form: FormData,
): Promise<ZoneFormState> {
  await requireActor({ roles: ['admin'], permission: 'orders' });
  const parsed = trackingSchema.safeParse({
    orderId: form.get('orderId'),
    carrier: form.get('carrier') ?? '',
    trackingCode: form.get('trackingCode') ?? '',
  });
  if (!parsed.success) return { ok: false, errors: zoneFieldErrors(parsed.error.issues, []) };
  const { orderId, carrier, trackingCode } = parsed.data;
  if (Boolean(carrier) !== Boolean(trackingCode)) {
    return { ok: false, errors: { [carrier ? 'trackingCode' : 'carrier']: 'required' } };
  }
  try {
    await setCarrierTracking(
      getDb(),
      await getCurrentActor(),
      { orderId, carrier: carrier || null, trackingCode: trackingCode.toUpperCase() || null },
      await getActionIp(),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      return { ok: false, errors: { orderId: 'not_found' } };
    if (error instanceof AppError && error.details?.field === 'carrier')
      return { ok: false, errors: { carrier: 'invalid_choice' } };
    throw error;
  }
  revalidatePath(`/admin/orders/${orderId}`);
  return { ok: true, saved: true };
}
