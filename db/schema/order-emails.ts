import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orderEvents, orders } from './commerce';

export const orderEmailKinds = [
  'received',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
  'return_declined',
] as const;
export type OrderEmailKind = (typeof orderEmailKinds)[number];

/**
 * Transactional outbox for order e-mails. A trigger on order_events (see the migration) inserts
 * the row in the same transaction as the status change, whichever code made it, so an e-mail is
 * never lost and never sent for a change that rolled back; a drainer sends after commit, outside
 * any order lock, claiming rows with SKIP LOCKED. One row per event (unique), so sends once.
 */
export const orderEmailOutbox = pgTable(
  'order_email_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => orderEvents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: orderEmailKinds }).notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('order_email_outbox_event_key').on(t.eventId),
    index('order_email_outbox_pending_idx')
      .on(t.id)
      .where(sql`${t.status} = 'pending'`),
    check('order_email_outbox_status_check', sql`${t.status} in ('pending', 'sent', 'failed')`),
  ],
);

/** The language the shopper checked out in, for their order e-mails (pt-BR when unknown). */
export const orderLocales = pgTable('order_locales', {
  orderId: uuid('order_id')
    .primaryKey()
    .references(() => orders.id, { onDelete: 'cascade' }),
  locale: text('locale').notNull(),
});
