import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  doublePrecision,
  index,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users';

export const positionFlags = ['impossible_jump'] as const;
export type PositionFlag = (typeof positionFlags)[number];

/**
 * Every position a courier's device reported, keyed by the courier's user account (the id comes
 * from the caller's authentication, never from the request body). recorded_at is the device's
 * clock; a retried batch repeats (courier, recorded_at), which the unique index turns into a no-op.
 */
export const courierPositions = pgTable(
  'courier_positions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courierId: uuid('courier_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    accuracyM: real('accuracy_m'),
    speedMps: real('speed_mps'),
    heading: real('heading'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** Stored for the record but never shown as the live position. */
    flagged: text('flagged', { enum: positionFlags }),
  },
  (t) => [
    uniqueIndex('courier_positions_courier_recorded_key').on(t.courierId, t.recordedAt),
    index('courier_positions_received_idx').on(t.receivedAt),
    check('courier_positions_lat_check', sql`${t.lat} between -90 and 90`),
    check('courier_positions_lng_check', sql`${t.lng} between -180 and 180`),
  ],
);

/**
 * The live position per courier: one row, replaced only by a newer unflagged report, so an
 * out-of-order batch can never move the marker backwards.
 */
export const courierLatestPositions = pgTable('courier_latest_positions', {
  courierId: uuid('courier_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  accuracyM: real('accuracy_m'),
  speedMps: real('speed_mps'),
  heading: real('heading'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

export type CourierPosition = typeof courierPositions.$inferSelect;
export type CourierLatestPosition = typeof courierLatestPositions.$inferSelect;
