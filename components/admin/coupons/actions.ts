'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields } from '@/lib/actions/form-data';
import { adminFormErrorState } from '@/lib/admin/form-error-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { couponFieldName, couponFormToInput } from '@/lib/coupons/coupon-form-data';
import { COUPON_PERMISSION, saveCoupon, setCouponActive } from '@/lib/coupons/save-coupon';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

const FIELDS = [
  'id',
  'code',
  'kind',
  'value',
  'minSubtotal',
  'startsAt',
  'endsAt',
  'usageLimit',
  'perCustomerLimit',
  'expectedVersion',
] as const;

/** Creates or edits a coupon (permission `orders`), audited; a stale edit is refused by name. */
export async function saveCouponAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor({ permission: COUPON_PERMISSION });
  const t = await getTranslations('adminCoupons');
  const values = formFields(formData, FIELDS);
  const checks = new Set(['combinable', 'active'].filter((k) => formData.get(k) === 'on'));
  const id = z.uuid().safeParse(values.id).data;
  try {
    await saveCoupon(actor, couponFormToInput(values, checks), {
      id,
      ip: await getActionIp(),
      expectedVersion: id ? values.expectedVersion : undefined,
    });
  } catch (error) {
    if (error instanceof AppError && error.details?.reason === 'coupon_code_taken')
      return {
        ok: false,
        message: t('codeTaken'),
        fieldErrors: { code: [t('codeTaken')] },
        values,
      };
    if (error instanceof AppError && error.details?.reason === 'coupon_limit_below_used')
      return { ok: false, message: t('limitBelowUsed'), values };
    return adminFormErrorState(error, { values, fieldName: couponFieldName });
  }
  revalidatePath('/admin/coupons');
  // The edit page re-renders with the new version, so the next save from it is not "stale".
  if (id) revalidatePath(`/admin/coupons/${id}`);
  if (id) return { ok: true, message: t('saved'), values };
  redirect('/admin/coupons?saved=1');
}

/** Disables or re-enables a coupon (permission `orders`), audited. */
export async function toggleCouponAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const actor = await requireActor({ permission: COUPON_PERMISSION });
  const t = await getTranslations('adminCoupons');
  const id = z.uuid().safeParse(formData.get('id'));
  if (!id.success) return { ok: false, message: t('empty') };
  const active = formData.get('active') === 'true';
  await setCouponActive(actor, id.data, active, { db: getDb(), ip: await getActionIp() });
  revalidatePath('/admin/coupons');
  return { ok: true, message: active ? t('enabled') : t('disabled') };
}
