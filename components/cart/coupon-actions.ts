'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { findCartId } from '@/lib/cart/find-cart';
import { loadCart } from '@/lib/cart/load-cart';
import { applyCartCoupon, removeCartCoupon } from '@/lib/coupons/cart-coupons';
import { couponFailureOf } from '@/lib/coupons/coupon-errors';
import { getDb } from '@/lib/db/client';
import { getCartOwner } from './cart-owner';

const codeSchema = z.string().trim().min(1).max(40);

/** Applies a code to the caller's own cart; the discount is only ever computed on the server. */
export async function applyCouponAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('coupons');
  const code = codeSchema.safeParse(formData.get('code'));
  if (!code.success) return { ok: false, message: t('reason.coupon_unknown') };
  const owner = await getCartOwner();
  const cartId = owner ? await findCartId(getDb(), owner) : null;
  if (!owner || !cartId) return { ok: false, message: t('reason.coupon_min_subtotal') };
  try {
    const cart = await loadCart(getDb(), owner);
    await applyCartCoupon(getDb(), cartId, code.data, cart.subtotalCents);
  } catch (error) {
    const reason = couponFailureOf(error);
    if (reason) return { ok: false, message: t(`reason.${reason}`), values: { code: code.data } };
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: t('applied') };
}

export async function removeCouponAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations('coupons');
  const couponId = z.uuid().safeParse(formData.get('couponId'));
  const owner = await getCartOwner();
  const cartId = owner ? await findCartId(getDb(), owner) : null;
  if (couponId.success && cartId) await removeCartCoupon(getDb(), cartId, couponId.data);
  revalidatePath('/', 'layout');
  return { ok: true, message: t('removed') };
}
