import { sql } from 'drizzle-orm';
import { bigserial, index, inet, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Before/after values of the fields an admin write changed (unchanged fields are left out). */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * Every admin write: who, when, what, which fields changed and from where. Append-only: a trigger
 * (see the migration) rejects UPDATE, DELETE and TRUNCATE, so not even a bug in the app can rewrite
 * history. The actor's e-mail is copied because accounts can be anonymised later; no foreign key to
 * users for the same reason.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email').notNull(),
    /** `<entity>.<verb>`, e.g. `order.transition`, `coupon.create`. */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes')
      .$type<AuditChanges>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    ip: inet('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at.desc(), t.id.desc()),
    index('audit_log_actor_idx').on(t.actorId, t.id.desc()),
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.id.desc()),
    index('audit_log_action_idx').on(t.action, t.id.desc()),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
