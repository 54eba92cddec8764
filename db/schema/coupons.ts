import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { carts, orders } from './commerce';

export const couponKinds = ['percentage', 'fixed', 'free_shipping'] as const;
export type CouponKind = (typeof couponKinds)[number];

const inList = (values: readonly string[]) =>
  sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

/**
 * A discount code. `value` is percent (1–100) for percentage, centavos for fixed, 0 for free
 * shipping. `usedCount` counts live redemptions; the CHECK makes the limit hold even against a
 * buggy caller, and redemption takes the use with a conditional UPDATE (see lib/coupons).
 */
export const coupons = pgTable(
  'coupons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored upper-case; shoppers type it in any case. */
    code: text('code').notNull(),
    kind: text('kind', { enum: couponKinds }).notNull(),
    value: integer('value').notNull().default(0),
    minSubtotalCents: integer('min_subtotal_cents').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    usageLimit: integer('usage_limit'),
    perCustomerLimit: integer('per_customer_limit'),
    usedCount: integer('used_count').notNull().default(0),
    /** May be used together with other combinable coupons. */
    combinable: boolean('combinable').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupons_code_key').on(t.code),
    check('coupons_code_upper_check', sql`${t.code} = upper(${t.code})`),
    check('coupons_kind_check', sql`${t.kind} in ${inList(couponKinds)}`),
    check(
      'coupons_value_check',
      sql`(${t.kind} = 'percentage' and ${t.value} between 1 and 100) or (${t.kind} = 'fixed' and ${t.value} > 0) or (${t.kind} = 'free_shipping' and ${t.value} = 0)`,
    ),
    check(
      'coupons_usage_check',
      sql`${t.usedCount} >= 0 and (${t.usageLimit} is null or ${t.usedCount} <= ${t.usageLimit})`,
    ),
    check(
      'coupons_limits_check',
      sql`(${t.usageLimit} is null or ${t.usageLimit} > 0) and (${t.perCustomerLimit} is null or ${t.perCustomerLimit} > 0) and ${t.minSubtotalCents} >= 0`,
    ),
    check(
      'coupons_window_check',
      sql`${t.startsAt} is null or ${t.endsAt} is null or ${t.startsAt} < ${t.endsAt}`,
    ),
  ],
);

export const redemptionStatuses = ['active', 'released'] as const;

/**
 * One use of a coupon by one order, written in the order's transaction. `customerKey` is
 * `user:<id>` or `email:<address>` so per-customer limits hold for guests too. Released (and the
 * use given back) when the order is cancelled or expires before payment.
 */
export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    couponId: uuid('coupon_id')
      .notNull()
      .references(() => coupons.id, { onDelete: 'restrict' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    customerKey: text('customer_key').notNull(),
    discountCents: integer('discount_cents').notNull(),
    status: text('status', { enum: redemptionStatuses }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupon_redemptions_order_coupon_key').on(t.orderId, t.couponId),
    index('coupon_redemptions_customer_idx')
      .on(t.couponId, t.customerKey)
      .where(sql`${t.status} = 'active'`),
    check('coupon_redemptions_status_check', sql`${t.status} in ${inList(redemptionStatuses)}`),
    check('coupon_redemptions_discount_check', sql`${t.discountCents} >= 0`),
  ],
);

/** Codes a shopper applied to their cart; re-validated (never trusted) at placement. */
export const cartCoupons = pgTable(
  'cart_coupons',
  {
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    couponId: uuid('coupon_id')
      .notNull()
      .references(() => coupons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.couponId] })],
);

export type Coupon = typeof coupons.$inferSelect;
export type CouponRedemption = typeof couponRedemptions.$inferSelect;
