import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { couriers } from './logistics-fleet';
import { users } from './users';

/**
 * A key a courier's GPS tracker or native app posts positions with (`Authorization: DeviceKey …`).
 * Only the SHA-256 of the key is stored; `hint` is its last four characters, enough to tell two
 * keys apart on the admin page and useless to replay. A key authorises position posting only.
 */
export const courierDeviceKeys = pgTable(
  'courier_device_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courierId: uuid('courier_id')
      .notNull()
      .references(() => couriers.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    keyHash: text('key_hash').notNull(),
    hint: text('hint').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Refreshed at most once a minute per key, not on every post. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('courier_device_keys_hash_key').on(t.keyHash),
    index('courier_device_keys_courier_idx').on(t.courierId, t.createdAt),
    check('courier_device_keys_label_check', sql`char_length(${t.label}) between 1 and 80`),
  ],
);
