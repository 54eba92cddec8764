'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z, ZodError } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { deliverOrderEmailsSoon } from '@/lib/email/order-emails/deliver-order-emails';
import { AppError } from '@/lib/errors';
import { cancelOrderByShopper } from '@/lib/orders/cancel-order-by-shopper';
import { requestReturn } from '@/lib/orders/request-return';
import { getPaymentGateway } from '@/lib/payments/get-payment-gateway';
import { readOrderAccess } from './order-access';

const numberSchema = z.string().trim().min(4).max(20);

async function viewer() {
  const actor = await getCurrentActor();
  return { userId: actor?.userId ?? null, orderIds: await readOrderAccess() };
}

/** The caller cancels their own order (owner, or the browser that placed/looked it up). */
export async function cancelMyOrderAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('selfService');
  const number = numberSchema.safeParse(formData.get('number'));
  if (!number.success) return { ok: false, message: t('notFound') };
  try {
    await cancelOrderByShopper(getDb(), getPaymentGateway(), number.data, await viewer());
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      return { ok: false, message: t('notFound') };
    if (error instanceof AppError && error.code === 'conflict')
      return { ok: false, message: t('cannotCancel') };
    throw error;
  }
  deliverOrderEmailsSoon(getDb());
  revalidatePath(`/orders/${number.data}`);
  return { ok: true, message: t('cancelled') };
}

/** The caller asks to return their own delivered order within the store's window. */
export async function requestReturnAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('selfService');
  const number = numberSchema.safeParse(formData.get('number'));
  const reason = String(formData.get('reason') ?? '');
  if (!number.success) return { ok: false, message: t('notFound') };
  try {
    await requestReturn(getDb(), number.data, await viewer(), reason);
  } catch (error) {
    if (error instanceof ZodError)
      return {
        ok: false,
        message: t('reasonInvalid'),
        fieldErrors: { reason: [t('reasonInvalid')] },
        values: { reason },
      };
    if (error instanceof AppError && error.code === 'not_found')
      return { ok: false, message: t('notFound') };
    if (error instanceof AppError && error.code === 'conflict')
      return { ok: false, message: t('cannotReturn') };
    throw error;
  }
  revalidatePath(`/orders/${number.data}`);
  return { ok: true, message: t('returnRequested') };
}
