import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const courierActionKinds = ['arrive', 'deliver', 'fail'] as const;
export type CourierActionKind = (typeof courierActionKinds)[number];

/** What the first request of an action answered; a replay answers the same. */
export type CourierActionOutcome =
  { applied: true } | { applied: false; wrongCode: true; attemptsLeft: number };

/**
 * Courier actions already applied, by the id the device generated (its Idempotency-Key). The
 * courier app queues actions while offline and replays them; a replay of an applied action must
 * answer the same without a second effect. The stop id is not a foreign key on purpose: the row is
 * claimed before the stop is looked up, so that a concurrent duplicate waits on the key.
 */
export const courierActions = pgTable(
  'courier_actions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').notNull(),
    stopId: uuid('stop_id').notNull(),
    kind: text('kind', { enum: courierActionKinds }).notNull(),
    outcome: jsonb('outcome').$type<CourierActionOutcome>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.actionId] }),
    check('courier_actions_kind_check', sql`${t.kind} in ('arrive', 'deliver', 'fail')`),
  ],
);
