'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z, ZodError } from 'zod';
import { getCartOwner } from '@/components/cart/cart-owner';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields, invalidState } from '@/lib/actions/form-data';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { requestContextFrom } from '@/lib/auth/request-context';
import { clearCart } from '@/lib/cart/clear-cart';
import { loadCart } from '@/lib/cart/load-cart';
import { couponFailureOf } from '@/lib/coupons/coupon-errors';
import { getDb } from '@/lib/db/client';
import { deliverOrderEmailsSoon } from '@/lib/email/order-emails/deliver-order-emails';
import { setOrderLocale } from '@/lib/email/order-emails/set-order-locale';
import { AppError } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/config';
import { PICKUP_OPTION_ID } from '@/lib/logistics/shipping/option-ids';
import { findGuestOrderId } from '@/lib/orders/find-guest-order';
import { placeOrder, placeOrderInputSchema } from '@/lib/orders/place-order';
import { getPaymentGateway } from '@/lib/payments/get-payment-gateway';
import { startPayment } from '@/lib/payments/start-payment';
import { consumeRateLimit } from '@/lib/rate-limit';
import { grantOrderAccess } from './order-access';

async function withinLimit(): Promise<boolean> {
  try {
    await consumeRateLimit('checkoutIp', requestContextFrom(await headers()).ip ?? 'unknown');
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return false;
    throw error;
  }
}

const ADDRESS = ['recipient', 'cep', 'street', 'number', 'complement', 'district', 'city', 'state'];
const FIELDS = [
  'idempotencyKey',
  'email',
  'paymentMethod',
  'cardToken',
  'shippingOptionId',
  ...ADDRESS,
] as const;

/**
 * Places the caller's own cart as an order and charges it. Items come from the server-side cart
 * and prices from the database: nothing price-like is read from the form. A declined card keeps
 * the cart; anything else empties it and opens the order page.
 */
export async function placeOrderAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('checkout');
  if (!(await withinLimit())) return { ok: false, message: t('rateLimited') };
  const values = formFields(formData, FIELDS);
  const owner = await getCartOwner();
  const cart = await loadCart(getDb(), owner);
  if (!owner || cart.lines.length === 0) return { ok: false, message: t('emptyCart') };
  const actor = await getCurrentActor();
  const input = {
    idempotencyKey: values.idempotencyKey,
    guestEmail: actor ? undefined : values.email || undefined,
    // Store pickup needs no address, only who collects (see lib/logistics/shipping).
    ...(values.shippingOptionId === PICKUP_OPTION_ID
      ? { pickupRecipient: values.recipient || undefined }
      : { address: Object.fromEntries(ADDRESS.map((k) => [k, values[k]])) }),
    shippingOptionId: values.shippingOptionId || undefined,
    paymentMethod: values.paymentMethod,
    items: cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    // Codes come from the server-side cart; placement re-prices and re-checks them.
    couponCodes: cart.coupons.map((c) => c.code),
    installments: values.paymentMethod === 'card' ? Number(formData.get('installments')) || 1 : 1,
  };
  const parsed = placeOrderInputSchema.safeParse(input);
  const { cardToken: _token, ...echo } = values;
  if (!parsed.success) return invalidState(parsed.error, echo);
  if (!actor && !parsed.data.guestEmail)
    return { ok: false, message: t('emailRequired'), values: echo };
  let number: string;
  try {
    const buyer = actor
      ? { userId: actor.userId, actor: `user:${actor.userId}` }
      : { userId: null, actor: 'guest' };
    const placed = await placeOrder(getDb(), buyer, parsed.data);
    await grantOrderAccess(placed.id);
    const locale = await getLocale();
    if (isLocale(locale)) await setOrderLocale(getDb(), placed.id, locale);
    const paid = await startPayment(getDb(), getPaymentGateway(), {
      orderId: placed.id,
      token: values.cardToken || null,
      actor: buyer.actor,
    });
    if (paid.status === 'failed') return { ok: false, message: t('declined'), values: echo };
    number = placed.number;
  } catch (error) {
    const coupon = couponFailureOf(error);
    if (coupon) {
      const tc = await getTranslations('coupons');
      return { ok: false, message: tc(`reason.${coupon}`), values: echo };
    }
    if (error instanceof AppError && error.details?.reason === 'installments_unavailable') {
      const ti = await getTranslations('installments');
      return { ok: false, message: ti('unavailable'), values: echo };
    }
    // A shipping option no longer on offer (stale quote, forged id) comes back as a field error.
    if (error instanceof ZodError) return invalidState(error, echo);
    if (error instanceof AppError && error.code === 'conflict') {
      return { ok: false, message: t('outOfStock'), values: echo };
    }
    throw error;
  }
  await clearCart(getDb(), owner);
  // The order e-mails queued by this checkout go out now, after commit; the worker retries.
  deliverOrderEmailsSoon(getDb());
  revalidatePath('/', 'layout');
  redirect(`/orders/${number}`);
}

const lookupSchema = z.object({ number: z.string().trim().min(4).max(20), email: z.email() });

/** Guest order lookup: number and e-mail must both match; a miss says nothing about which. */
export async function lookupOrderAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('checkout');
  if (!(await withinLimit())) return { ok: false, message: t('rateLimited') };
  const values = formFields(formData, ['number', 'email']);
  const parsed = lookupSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const id = await findGuestOrderId(getDb(), parsed.data.number, parsed.data.email);
  if (!id) return { ok: false, message: t('lookupMiss'), values };
  await grantOrderAccess(id);
  redirect(`/orders/${parsed.data.number.toUpperCase()}`);
}
