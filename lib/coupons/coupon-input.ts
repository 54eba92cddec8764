import { z } from 'zod';
import { couponKinds } from '@/db/schema/coupons';

const optionalDate = z.coerce.date().nullable().default(null);
const optionalLimit = z.number().int().min(1).max(10_000_000).nullable().default(null);

/** What an admin may set on a coupon (the code is normalised to upper case). */
export const couponInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(3)
      .max(40)
      .regex(/^[A-Za-z0-9_-]+$/, 'invalid_coupon_code')
      .transform((c) => c.toUpperCase()),
    kind: z.enum(couponKinds),
    /** Percent for percentage, centavos for fixed; ignored (0) for free shipping. */
    value: z.number().int().min(0).max(100_000_000),
    minSubtotalCents: z.number().int().min(0).max(100_000_000).default(0),
    startsAt: optionalDate,
    endsAt: optionalDate,
    usageLimit: optionalLimit,
    perCustomerLimit: optionalLimit,
    combinable: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .transform((c) => ({ ...c, value: c.kind === 'free_shipping' ? 0 : c.value }))
  .superRefine((c, ctx) => {
    if (c.kind === 'percentage' && (c.value < 1 || c.value > 100))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'percentage_range' });
    if (c.kind === 'fixed' && c.value < 1)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'fixed_positive' });
    if (c.startsAt && c.endsAt && c.startsAt >= c.endsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'ends_before_start' });
  });

export type CouponInput = z.input<typeof couponInputSchema>;
