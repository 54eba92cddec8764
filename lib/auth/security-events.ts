import 'server-only';
import { securityEvents } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { getLogger } from '@/lib/log';

export type SecurityEventType =
  | 'sign_in'
  | 'sign_in_failed'
  | 'account_locked'
  | 'account_unlocked'
  | 'sign_up'
  | 'email_verified'
  | 'password_reset_requested'
  | 'password_reset'
  | 'password_changed'
  | 'session_revoked'
  | 'refresh_token_reuse'
  | 'api_token_issued'
  | 'permissions_changed'
  | 'account_deleted'
  | 'data_exported';

/**
 * Audit trail row plus a log line. `detail` must never hold a secret: it is stored and logged
 * (the logger redacts known secret keys as a second line of defence).
 */
export async function recordSecurityEvent(
  event: {
    type: SecurityEventType;
    userId?: string | null;
    ip?: string | null;
    detail?: Record<string, unknown>;
  },
  db: Executor = getDb(),
): Promise<void> {
  await db.insert(securityEvents).values({
    type: event.type,
    userId: event.userId ?? null,
    ip: event.ip ?? null,
    detail: event.detail ?? {},
  });
  getLogger().info(
    { securityEvent: event.type, userId: event.userId ?? undefined, detail: event.detail },
    'security event',
  );
}
