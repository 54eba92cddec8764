import { z } from 'zod';

export const ADJUSTMENT_REASONS = ['restock', 'adjustment', 'damage', 'return'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/**
 * A manual stock change, shared by the admin form and the server. Restock and return add
 * `quantity`, damage removes it; an adjustment (a stock count) is signed.
 */
export const stockAdjustmentSchema = z
  .object({
    variantId: z.uuid('invalid'),
    reason: z.enum(ADJUSTMENT_REASONS, 'required'),
    quantity: z.coerce
      .number('invalid')
      .int('invalid')
      .min(-100_000, 'invalid')
      .max(100_000, 'invalid')
      .refine((q) => q !== 0, 'not_zero'),
    note: z.string().trim().max(200, 'too_long').default(''),
  })
  .superRefine((a, ctx) => {
    if (a.reason !== 'adjustment' && a.quantity < 0)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'positive_only' });
  });
export type StockAdjustment = z.output<typeof stockAdjustmentSchema>;

/** The signed change to on_hand an adjustment means. */
export function signedQuantity(a: Pick<StockAdjustment, 'reason' | 'quantity'>): number {
  return a.reason === 'damage' ? -a.quantity : a.quantity;
}

export const thresholdSchema = z.object({
  variantId: z.uuid('invalid'),
  threshold: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n > 1_000_000) {
        ctx.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
      return n;
    }),
});
