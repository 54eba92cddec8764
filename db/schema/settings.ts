import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The store's own settings: exactly one row (id = 1). The value is jsonb validated by the zod
 * schema in `lib/settings/store-settings.ts`, whose defaults fill any key an older row lacks, so
 * adding a setting needs no migration.
 */
export const storeSettings = pgTable(
  'store_settings',
  {
    id: smallint('id').primaryKey().default(1),
    data: jsonb('data')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [check('store_settings_single_row', sql`${t.id} = 1`)],
);

export type StoreSettingsRow = typeof storeSettings.$inferSelect;
