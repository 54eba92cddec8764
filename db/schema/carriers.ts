import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Carriers an admin can name on an order, with the public tracking page built from
 * `tracking_url_template` (`{code}` replaced by the URL-encoded tracking code; null = no link).
 * Orders keep the carrier's code as text, so a deactivated carrier still names old orders.
 */
export const carriers = pgTable(
  'carriers',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    trackingUrlTemplate: text('tracking_url_template'),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('carriers_code_check', sql`${t.code} ~ '^[a-z0-9-]{1,40}$'`),
    check(
      'carriers_template_check',
      sql`${t.trackingUrlTemplate} is null or (${t.trackingUrlTemplate} like 'https://%' and position('{code}' in ${t.trackingUrlTemplate}) > 0)`,
    ),
  ],
);

export type Carrier = typeof carriers.$inferSelect;
