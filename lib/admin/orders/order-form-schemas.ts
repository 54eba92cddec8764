import { z } from 'zod';
import type { OrderStatus } from '@/db/schema/commerce';

/*
 * The order page's forms, shared by the server operations and the browser (no server-only
 * imports here), so both reject the same input with the same field codes.
 */

/**
 * Moves an admin makes by hand from the order page. Payment states are the gateway's; cancel,
 * refunds and return decisions have their own operations because they carry side effects.
 */
export const MANUAL_MOVES = [
  'preparing',
  'ready_for_dispatch',
  'out_for_delivery',
  'delivered',
  'return_requested',
  'returned',
] as const satisfies readonly OrderStatus[];
export type ManualMove = (typeof MANUAL_MOVES)[number];

export const orderIdSchema = z.uuid('invalid');

export const moveOrderSchema = z.object({
  orderId: orderIdSchema,
  to: z.enum(MANUAL_MOVES, 'invalid'),
  reason: z.string().trim().max(500, 'too_long').default(''),
});

export const cancelOrderSchema = z.object({
  orderId: orderIdSchema,
  reason: z.string().trim().min(3, 'too_short').max(500, 'too_long'),
});

/** Reais as typed in the form, "12,50", "12.50" or "12" → centavos. */
export const moneyInput = z
  .string()
  .trim()
  .regex(/^\d{1,9}([.,]\d{1,2})?$/, 'invalid_amount')
  .transform((v) => {
    const [whole = '0', frac = ''] = v.replace(',', '.').split('.');
    return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  })
  .pipe(z.number().int().positive('invalid_amount'));

export const refundOrderSchema = z.object({
  orderId: orderIdSchema,
  amount: moneyInput,
  reason: z.string().trim().min(3, 'too_short').max(500, 'too_long'),
  /** From the form (one per render), so a double submit refunds once. */
  idempotencyKey: z.string().min(8, 'invalid').max(100, 'invalid'),
});

/** Accepting a return takes only the order: what is restocked and refunded follows from it. */
export const acceptReturnSchema = z.object({ orderId: orderIdSchema });

/** A declined return names why: it goes to the timeline and to the shopper's e-mail. */
export const declineReturnSchema = z.object({
  orderId: orderIdSchema,
  reason: z.string().trim().min(5, 'too_short').max(500, 'too_long'),
});

export const orderNoteSchema = z.object({
  orderId: orderIdSchema,
  body: z.string().trim().min(1, 'required').max(2000, 'too_long'),
});

export const resendEmailSchema = z.object({
  orderId: orderIdSchema,
  emailId: z.coerce.number().int().positive('invalid'),
});
