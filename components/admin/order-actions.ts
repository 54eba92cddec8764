'use server';

import { cancelOrder } from '@/lib/admin/orders/cancel-order';
import { acceptReturn, declineReturn } from '@/lib/admin/orders/decide-return';
import { moveOrderStatus } from '@/lib/admin/orders/move-order-status';
import { resendOrderEmail } from '@/lib/admin/orders/order-emails';
import { addOrderNote } from '@/lib/admin/orders/order-notes';
import { refundOrder } from '@/lib/admin/orders/refund-order';
import { getDb } from '@/lib/db/client';
import { deliverOrderEmailsSoon } from '@/lib/email/order-emails/deliver-order-emails';
import { formObject, runAdminAction } from '@/lib/admin/run-admin-action';
import { requireActor } from '@/lib/auth/current-actor';

const back = (form: FormData) => {
  const id = form.get('orderId');
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)
    ? `/admin/orders/${id}`
    : '/admin/orders';
};

/** A manual move from the order page (only moves the transition table allows; else 409). */
export async function moveOrderAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await moveOrderStatus(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return 'moved';
  });
}

/** Cancels: releases or restocks, refunds what was captured. */
export async function cancelOrderAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await cancelOrder(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return 'cancelled';
  });
}

/** A full or partial refund through the gateway. */
export async function refundOrderAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    const result = await refundOrder(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return result.status === 'succeeded' ? 'refunded' : 'refund_failed';
  });
}

/** An internal note. */
export async function addOrderNoteAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await addOrderNote(actor, formObject(formData), { ip });
    return 'noted';
  });
}

/** Sends one of the order's e-mails again (from the outbox). */
export async function resendOrderEmailAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await resendOrderEmail(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return 'resent';
  });
}

/** Accepts a requested return: restocks, then refunds what is left through the gateway. */
export async function acceptReturnAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    const { refund } = await acceptReturn(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return refund && refund.status !== 'succeeded' ? 'return_refund_failed' : 'return_accepted';
  });
}

/** Declines a requested return with a reason the shopper receives by e-mail. */
export async function declineReturnAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'orders' });
  await runAdminAction(back(formData), async ({ ip }) => {
    await declineReturn(actor, formObject(formData), { ip });
    deliverOrderEmailsSoon(getDb());
    return 'return_declined';
  });
}
