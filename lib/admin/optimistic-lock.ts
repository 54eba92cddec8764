import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { auditLog } from '@/db/schema/audit';
import { users } from '@/db/schema/users';
import { staleWrite } from '@/lib/catalog/admin/catalog-errors';
import type { Executor } from '@/lib/db/client';

/**
 * The version a long-lived admin form carries in a hidden field: the row's updated_at to the
 * millisecond ('' when the row does not exist yet, e.g. settings never saved).
 */
export function versionToken(updatedAt: Date | null | undefined): string {
  return updatedAt ? updatedAt.toISOString() : '';
}

/**
 * Who made the latest audited change to a record, and when; only entries from `since` on count
 * (null when nothing was logged then, e.g. the change came from elsewhere).
 */
export async function lastChange(
  db: Executor,
  entity: string,
  entityId: string,
  since?: Date,
): Promise<{ by: string; at: Date } | null> {
  const [row] = await db
    .select({ email: auditLog.actorEmail, name: users.name, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.entity, entity),
        eq(auditLog.entityId, entityId),
        since ? gte(auditLog.at, since) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ? { by: row.name?.trim() || row.email, at: row.at } : null;
}

/**
 * Optimistic concurrency for an edit. Call it inside the write's transaction after locking the
 * row (SELECT … FOR UPDATE), so the comparison and the UPDATE see the same version. `expected`
 * undefined means the caller does not take part (an API patch); a form always sends a string.
 * A mismatch throws a 409 before anything is written, naming who changed the record (the audit
 * entry made since the form's version) and when (the row's current version). A change nobody
 * audited on this record (a courier's status moved by a route) is "someone else", never a
 * wrong name.
 */
export async function assertVersion(
  tx: Executor,
  target: { entity: string; entityId: string; label: string },
  current: Date | null | undefined,
  expected: string | undefined,
): Promise<void> {
  if (expected === undefined) return;
  const seen = expected ? new Date(expected) : null;
  const valid = seen && !Number.isNaN(seen.getTime()) ? seen : null;
  if (versionToken(current) === (valid ? valid.toISOString() : expected)) return;
  // Only entries after the form's version: the one that made that version itself (same
  // millisecond or earlier, its transaction having started first) must not be named.
  const since = valid ? new Date(valid.getTime() + 1) : undefined;
  const change = await lastChange(tx, target.entity, target.entityId, since);
  throw staleWrite(target.label, change?.by ?? null, current ?? change?.at ?? new Date());
}
