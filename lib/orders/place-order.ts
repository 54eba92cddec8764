import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { orderEvents, orderLines, orders, paymentMethods } from '@/db/schema';
import { addressInputSchema } from '@/lib/accounts/address-schema';
import type { Executor } from '@/lib/db/client';
import { inlineQuery, transactionWithFinalStatement } from '@/lib/db/final-statement-transaction';
import { AppError } from '@/lib/errors';
import { priceCoupons } from '@/lib/coupons/price-coupons';
import { customerKeyOf, redeemCoupons } from '@/lib/coupons/redeem-coupons';
import { reserveStockError, reserveStockStatement } from '@/lib/inventory/reserve-stock';
import { sumStockItems } from '@/lib/inventory/stock-items';
import {
  locateOrderDestination,
  orderAddressSnapshot,
  priceOrderShipping,
  requireAddressUnlessPickup,
} from '@/lib/logistics/shipping/order-shipping';
import { createOrderNumber } from './order-number';
import { chooseInstallmentPlan } from './choose-installment-plan';
import { priceOrderLines } from './price-order-lines';

/** Card reservations hold briefly; Pix waits minutes for the shopper's bank app. */
export const RESERVATION_MINUTES = { card: 15, pix: 30, boleto: 60 * 24 * 3 } as const;

/**
 * What a shopper may choose. Only ids and quantities: any price-like field is stripped by the
 * schema (z.object drops unknown keys) and prices come from the database.
 */
export const placeOrderInputSchema = z
  .object({
    idempotencyKey: z.string().trim().min(16).max(128),
    guestEmail: z.email().max(254).optional(),
    address: addressInputSchema.optional(),
    /** The shipping option chosen from a quote (lib/logistics/shipping); re-priced here. */
    shippingOptionId: z.string().trim().min(1).max(200).optional(),
    /** Who collects a store-pickup order, which needs no address. */
    pickupRecipient: z.string().trim().min(1).max(120).optional(),
    paymentMethod: z.enum(paymentMethods),
    items: z
      .array(z.object({ variantId: z.uuid(), quantity: z.number().int().min(1).max(999) }))
      .min(1)
      .max(100),
    /** Codes the shopper applied; re-validated and priced here, never trusted. */
    couponCodes: z.array(z.string().trim().min(1).max(40)).max(3).default([]),
    /** Card installments; the store's rules decide which counts exist (see lib/installments). */
    installments: z.number().int().min(1).max(24).default(1),
  })
  .superRefine(requireAddressUnlessPickup);
export type PlaceOrderInput = z.input<typeof placeOrderInputSchema>;

export type PlacedOrder = {
  id: string;
  number: string;
  status: string;
  totalCents: number;
  currency: string;
  created: boolean;
};

type Buyer = { userId: string | null; actor: string };

/**
 * The one placement path (confirm step and webhooks alike). Idempotent on the key: a retry, a
 * double click or a concurrent confirm with the same key returns the same order and writes
 * nothing. Prices, shipping and totals are computed here; stock is reserved under row locks
 * taken in id order, all in one transaction whose last statement, sent with its COMMIT, is the
 * reservation. Out of stock is a 409 with reason out_of_stock.
 */
export async function placeOrder(db: Executor, buyer: Buyer, raw: PlaceOrderInput) {
  const input = placeOrderInputSchema.parse(raw);
  if (!buyer.userId && !input.guestEmail) {
    throw new AppError('validation_failed', 'An e-mail is required to check out as a guest.');
  }
  const items = sumStockItems(input.items);
  const snapshot = orderAddressSnapshot(input.address, input.pickupRecipient);
  const location = await locateOrderDestination(input.shippingOptionId, input.address?.cep);
  try {
    return await transactionWithFinalStatement(db, async (tx) => {
      // The unique key makes a concurrent twin wait here until we commit, then find our order.
      const [inserted] = await tx
        .insert(orders)
        .values({
          number: createOrderNumber(),
          userId: buyer.userId,
          guestEmail: buyer.userId ? null : input.guestEmail!.toLowerCase(),
          address: snapshot,
          idempotencyKey: input.idempotencyKey,
          paymentMethod: input.paymentMethod,
        })
        .onConflictDoNothing({ target: orders.idempotencyKey })
        .returning({ id: orders.id, number: orders.number });
      if (!inserted) {
        const existing = await findExisting(tx, buyer, input.idempotencyKey, input.guestEmail);
        return { result: existing, finalStatement: null };
      }

      const lines = await priceOrderLines(tx, items, 'BRL');
      const subtotalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
      const shipping = await priceOrderShipping(tx, {
        optionId: input.shippingOptionId,
        cep: input.address?.cep,
        location,
        items,
        subtotalCents,
      });
      const shippingCents = shipping.shippingCents;
      const discount = await priceCoupons(tx, input.couponCodes, subtotalCents, shippingCents);
      const totalCents = subtotalCents + shippingCents - discount.discountCents;
      if (input.installments > 1 && input.paymentMethod !== 'card')
        throw new AppError('validation_failed', 'Installments are for card payments only.');
      const reservedUntil = new Date(
        Date.now() + RESERVATION_MINUTES[input.paymentMethod] * 60_000,
      );
      if (discount.perCoupon.length > 0) {
        const customerKey = customerKeyOf({ userId: buyer.userId, email: input.guestEmail });
        await redeemCoupons(tx, { orderId: inserted.id, customerKey, discount });
      }
      if (input.installments > 1)
        await chooseInstallmentPlan(tx, inserted.id, totalCents, input.installments);
      // Writes whose results nothing needs travel with COMMIT, the reservation last: the inventory
      // rows it locks are the ones every buyer of a popular variant waits on, so they stay locked
      // for that one round trip only. An error in any of them aborts the rest, COMMIT included.
      const finalStatement = [
        inlineQuery(
          tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: inserted.id }))),
        ),
        inlineQuery(
          tx
            .update(orders)
            .set({
              ...shipping.columns,
              subtotalCents,
              shippingCents,
              discountCents: discount.discountCents,
              totalCents,
              reservedUntil,
            })
            .where(eq(orders.id, inserted.id)),
        ),
        inlineQuery(
          tx.insert(orderEvents).values({
            orderId: inserted.id,
            fromStatus: null,
            toStatus: 'pending_payment',
            actor: buyer.actor,
            reason: 'order placed',
          }),
        ),
        reserveStockStatement({
          orderId: inserted.id,
          items,
          expiresAt: reservedUntil,
          actor: buyer.actor,
        }),
      ].join(';\n');
      const placed: PlacedOrder = {
        ...inserted,
        status: 'pending_payment',
        totalCents,
        currency: 'BRL',
        created: true,
      };
      return { result: placed, finalStatement };
    });
  } catch (error) {
    throw reserveStockError(error);
  }
}

async function findExisting(
  tx: Executor,
  buyer: Buyer,
  key: string,
  guestEmail: string | undefined,
): Promise<PlacedOrder> {
  const [row] = await tx.select().from(orders).where(eq(orders.idempotencyKey, key));
  // A key is only ever replayed by its owner; anything else is refused without revealing the order.
  const sameGuest = !buyer.userId && row?.guestEmail === guestEmail?.toLowerCase();
  if (!row || row.userId !== buyer.userId || (!buyer.userId && !sameGuest)) {
    throw new AppError('conflict', 'This checkout was already submitted.');
  }
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    totalCents: row.totalCents,
    currency: row.currency,
    created: false,
  };
}
