'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { setCartQuantity } from '@/lib/cart/set-cart-quantity';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getCartOwner } from './cart-owner';

const lineSchema = z.object({
  variantId: z.uuid(),
  quantity: z.coerce.number().int().min(0).max(99),
});

async function changeCart(formData: FormData, mode: 'add' | 'set'): Promise<ActionState> {
  const t = await getTranslations('cart');
  const parsed = lineSchema.safeParse({
    variantId: formData.get('variantId'),
    quantity: formData.get('quantity') ?? '1',
  });
  if (!parsed.success) return { ok: false, message: t('invalidQuantity') };
  try {
    const owner = (await getCartOwner({ create: true }))!;
    await setCartQuantity(getDb(), owner, { ...parsed.data, mode });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') {
      const available = Number(error.details?.available ?? 0);
      return {
        ok: false,
        message: available > 0 ? t('onlyAvailable', { count: available }) : t('soldOut'),
      };
    }
    if (error instanceof AppError && error.code === 'not_found') {
      return { ok: false, message: t('notForSale') };
    }
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: mode === 'add' ? t('added') : t('updated') };
}

/** Anyone may fill a cart; a guest gets an httpOnly cookie naming theirs. */
export async function addToCartAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return changeCart(formData, 'add');
}

/** Sets a line of the caller's own cart (0 removes it); no cart id is accepted from the client. */
export async function updateCartLineAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return changeCart(formData, 'set');
}
