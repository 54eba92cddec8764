import { sql } from 'drizzle-orm';
import { check, integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { orders } from './commerce';

/**
 * The card installment plan chosen at placement, computed on the server from the store's rules
 * (see lib/installments). With interest the card is charged `totalCents`, more than the order total.
 */
export const orderInstallments = pgTable(
  'order_installments',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    count: integer('count').notNull(),
    installmentCents: integer('installment_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    monthlyInterestBps: integer('monthly_interest_bps').notNull(),
  },
  (t) => [
    check('order_installments_count_check', sql`${t.count} between 1 and 24`),
    check(
      'order_installments_amounts_check',
      sql`${t.installmentCents} > 0 and ${t.totalCents} >= ${t.installmentCents} and ${t.monthlyInterestBps} >= 0`,
    ),
  ],
);

export type OrderInstallments = typeof orderInstallments.$inferSelect;
