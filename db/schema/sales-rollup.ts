import { bigint, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Sales of closed store days (ADMIN_TIME_ZONE), read by the admin overview instead of scanning
 * orders; one row per computed day, zero-sale days included. The design and the refresh live in
 * lib/admin/overview/sales-rollup.ts.
 */
export const salesDaily = pgTable('sales_daily', {
  day: date('day', { mode: 'string' }).primaryKey(),
  revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull(),
  orders: integer('orders').notNull(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Sold lines per closed day and variant. No foreign key to variants on purpose: a deleted
 * variant's lines lose their variant_id, and a rollup row pointing at a variant that no longer
 * exists reads exactly like them (no product, grouped by line name).
 */
export const salesDailyVariants = pgTable(
  'sales_daily_variants',
  {
    day: date('day', { mode: 'string' })
      .notNull()
      .references(() => salesDaily.day, { onDelete: 'cascade' }),
    variantId: uuid('variant_id'),
    productName: text('product_name').notNull(),
    revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull(),
    units: bigint('units', { mode: 'number' }).notNull(),
  },
  (t) => [index('sales_daily_variants_day_idx').on(t.day)],
);

/**
 * Insert-only log of order changes that may alter a day's sales (written by triggers on orders
 * and order_lines): the order's created_at, turned into a store day by the reader. No unique key,
 * so concurrent checkouts never wait on each other here.
 */
export const salesRollupChanges = pgTable(
  'sales_rollup_changes',
  {
    orderCreatedAt: timestamp('order_created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sales_rollup_changes_at_idx').on(t.orderCreatedAt)],
);

/**
 * Whole closed months summed from sales_daily_variants, so a long range reads ~1 row per variant
 * and month instead of one per variant and day. A month row is dropped with any of its days.
 */
export const salesMonths = pgTable('sales_months', {
  month: date('month', { mode: 'string' }).primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const salesMonthlyVariants = pgTable(
  'sales_monthly_variants',
  {
    month: date('month', { mode: 'string' })
      .notNull()
      .references(() => salesMonths.month, { onDelete: 'cascade' }),
    variantId: uuid('variant_id'),
    productName: text('product_name').notNull(),
    revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull(),
    units: bigint('units', { mode: 'number' }).notNull(),
  },
  (t) => [index('sales_monthly_variants_month_idx').on(t.month)],
);
