import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { AuditChanges } from '@/db/schema/audit';
import type { Executor } from '@/lib/db/client';
import { ADMIN_TIME_ZONE, isoDate } from '../keyset';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

export const auditFiltersSchema = z.object({
  actor: z.preprocess(blank, z.string().trim().toLowerCase().max(254).optional()),
  action: z.preprocess(blank, z.string().trim().max(80).optional()),
  entity: z.preprocess(blank, z.string().trim().max(80).optional()),
  entityId: z.preprocess(blank, z.string().trim().max(100).optional()),
  from: z.preprocess(blank, z.string().regex(isoDate, 'invalid_date').optional()),
  to: z.preprocess(blank, z.string().regex(isoDate, 'invalid_date').optional()),
  /** The id of the last row on the previous page (ids only grow). */
  before: z.preprocess(blank, z.coerce.number().int().positive().optional()),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export type AuditRow = {
  id: number;
  at: Date;
  actorEmail: string;
  action: string;
  entity: string;
  entityId: string;
  changes: AuditChanges;
  ip: string | null;
};

/**
 * The audit log newest first, by keyset on id (append-only, so id order is insertion order).
 * Read-only by design: the app has no code path that edits or deletes entries, and the table's
 * trigger refuses it anyway.
 */
export async function listAuditLog(
  db: Executor,
  f: AuditFilters,
  limit = 50,
): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
  const where: SQL[] = [];
  if (f.actor) where.push(sql`lower(actor_email) = ${f.actor}`);
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.entity) where.push(sql`entity = ${f.entity}`);
  if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
  if (f.from) where.push(sql`at >= (${f.from}::date)::timestamp at time zone ${ADMIN_TIME_ZONE}`);
  if (f.to) where.push(sql`at < (${f.to}::date + 1)::timestamp at time zone ${ADMIN_TIME_ZONE}`);
  if (f.before) where.push(sql`id < ${f.before}`);
  const { rows } = await db.execute<{
    id: string | number;
    at: string | Date;
    actor_email: string;
    action: string;
    entity: string;
    entity_id: string;
    changes: AuditChanges;
    ip: string | null;
  }>(sql`
    select id, at, actor_email, action, entity, entity_id, changes, host(ip) as ip
    from audit_log ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by id desc limit ${limit + 1}
  `);
  const page = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    actorEmail: r.actor_email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    changes: r.changes,
    ip: r.ip,
  }));
  return { rows: page, nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/** Distinct actions recorded so far, for the filter's suggestions. */
export async function listAuditActions(db: Executor): Promise<string[]> {
  const { rows } = await db.execute<{ action: string }>(
    // A loose index scan over audit_log_action_idx: one probe per distinct action, not a full scan.
    sql`with recursive a as (
          select min(action) as action from audit_log
          union all
          select (select min(action) from audit_log where action > a.action) from a where a.action is not null
        )
        select action from a where action is not null limit 200`,
  );
  return rows.map((r) => r.action);
}
