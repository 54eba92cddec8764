import 'server-only';
import { isIP } from 'node:net';
import { headers } from 'next/headers';
import { auditLog, type AuditChanges } from '@/db/schema/audit';
import { REQUEST_ID_HEADER } from '@/lib/api/request-id';
import type { Actor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/request-context';
import type { Database } from '@/lib/db/client';

/** An open transaction (the second half of `Executor`). */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type AuditEntry = {
  actor: Actor;
  /** `<entity>.<verb>`, e.g. `order.transition`, `coupon.create`. */
  action: string;
  entity: string;
  entityId: string;
  /** The record before the write (null/omitted on create). */
  before?: object | null;
  /** The record after the write (null/omitted on delete). */
  after?: object | null;
  ip?: string | null;
  requestId?: string | null;
};

/** Never copied into the log, whatever the caller passes. */
const SECRET_FIELDS = /password|secret|token|hash|cardnumber|cvv|cvc/i;
export const REDACTED = '[redacted]';

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, normalize(v)]),
    );
  }
  return value;
}

/**
 * Before/after of the top-level fields that differ. A create lists every field of `after` (before
 * null), a delete every field of `before`. Secret-looking fields are recorded as changed, never
 * with their values.
 */
export function diffChanges(before?: object | null, after?: object | null): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  for (const key of keys) {
    const was = before ? normalize(b[key]) : null;
    const now = after ? normalize(a[key]) : null;
    if (before && after && JSON.stringify(was) === JSON.stringify(now)) continue;
    if (!before && a[key] === undefined) continue;
    if (!after && b[key] === undefined) continue;
    changes[key] = SECRET_FIELDS.test(key)
      ? { before: was === null ? null : REDACTED, after: now === null ? null : REDACTED }
      : { before: was, after: now };
  }
  return changes;
}

/**
 * Appends one row to the audit log. Call it with the same transaction as the admin write it
 * describes, so both land or neither does.
 */
export async function recordAudit(db: Database | Transaction, entry: AuditEntry): Promise<void> {
  const ip = entry.ip && isIP(entry.ip) ? entry.ip : null;
  await db.insert(auditLog).values({
    actorId: entry.actor.userId,
    actorEmail: entry.actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes: diffChanges(entry.before, entry.after),
    ip,
    requestId: entry.requestId ?? null,
  });
}

/** The client IP inside a server action or route handler (null outside a request). */
export async function getActionIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

/** The request id proxy.ts stamped on this request (null outside a request). */
export async function getActionRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}
