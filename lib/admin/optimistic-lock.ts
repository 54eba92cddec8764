import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
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

/** Who made the latest audited change to a record, and when (null when nothing is logged). */
export async function lastChange(
  db: Executor,
  entity: string,
  entityId: string,
): Promise<{ by: string; at: Date } | null> {
  const [row] = await db
    .select({ email: auditLog.actorEmail, name: users.name, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ? { by: row.name?.trim() || row.email, at: row.at } : null;
}

/**
 * Optimistic concurrency for an edit. Call it inside the write's transaction after locking the
 * row (SELECT … FOR UPDATE), so the comparison and the UPDATE see the same version. `expected`
 * undefined means the caller does not take part (an API patch); a form always sends a string.
 * A mismatch throws a 409 naming who changed the record and when (from the audit log), before
 * anything is written.
 */
export async function assertVersion(
  tx: Executor,
  target: { entity: string; entityId: string; label: string },
  current: Date | null | undefined,
  expected: string | undefined,
): Promise<void> {
  if (expected === undefined) return;
  const seen = expected ? new Date(expected) : null;
  const token = seen && !Number.isNaN(seen.getTime()) ? seen.toISOString() : expected;
  if (versionToken(current) === token) return;
  const change = await lastChange(tx, target.entity, target.entityId);
  throw staleWrite(target.label, change?.by ?? null, change?.at ?? current ?? new Date());
}
