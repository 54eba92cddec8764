import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orderEvents } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStoreSettings } from '@/lib/settings/store-settings';
import type { OrderViewer } from './get-order-detail';
import { lockShopperOrder, shopperActor } from './shopper-order-access';
import { transitionOrder } from './transition-order';

export const returnReasonSchema = z.string().trim().min(5, 'too_short').max(1_000, 'too_long');

const DAY_MS = 86_400_000;

/** When the return window of a delivered order closes (store setting, counted from delivery). */
export function returnDeadline(deliveredAt: Date, windowDays: number): Date {
  return new Date(deliveredAt.getTime() + windowDays * DAY_MS);
}

/**
 * The shopper asks to return a delivered order within the store's window (7 days by default, the
 * CDC minimum). Moves delivered → return_requested with their reason as the event; the store
 * then accepts (returned → refund) or declines (back to delivered) from admin.
 */
export async function requestReturn(
  db: Database,
  number: string,
  viewer: OrderViewer,
  rawReason: unknown,
  now = new Date(),
): Promise<void> {
  const reason = returnReasonSchema.parse(rawReason);
  const { returnWindowDays } = await getStoreSettings();
  await db.transaction(async (tx) => {
    const order = await lockShopperOrder(tx, number, viewer);
    if (order.status !== 'delivered') {
      throw new AppError(
        'conflict',
        `An order cannot move from ${order.status} to return_requested.`,
        {
          details: { from: order.status, to: 'return_requested' },
        },
      );
    }
    const [delivered] = await tx
      .select({ at: orderEvents.at })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.toStatus, 'delivered')))
      .orderBy(desc(orderEvents.at))
      .limit(1);
    if (!delivered || now > returnDeadline(delivered.at, returnWindowDays)) {
      throw new AppError('conflict', 'The return window for this order has closed.', {
        details: { reason: 'return_window_closed' },
      });
    }
    await transitionOrder(tx, {
      orderId: order.id,
      to: 'return_requested',
      actor: shopperActor(viewer),
      reason: `return requested: ${reason}`,
    });
  });
}
