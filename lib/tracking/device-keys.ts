import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { courierDeviceKeys, couriers, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { hashToken } from '@/lib/auth/secure-token';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { forgetDeviceKey } from './device-key-auth';

export const DEVICE_KEY_PREFIX = 'lojadk_';

export const deviceKeyLabelSchema = z.string().trim().min(1).max(80);

export type DeviceKeySummary = {
  id: string;
  label: string;
  hint: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** 32 random bytes, base64url, behind a prefix that secret scanners and people recognise. */
function createDeviceKey(): string {
  return `${DEVICE_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * A new key for the courier; the clear key is returned once, to be shown once, and only its
 * SHA-256 is stored. Audited in the same transaction (without the key or its hash).
 */
export async function issueDeviceKey(
  db: Database,
  actor: Actor,
  courierId: string,
  label: string,
  ip?: string | null,
): Promise<{ id: string; key: string }> {
  const key = createDeviceKey();
  return db.transaction(async (tx) => {
    const [courier] = await tx
      .select({ id: couriers.id })
      .from(couriers)
      .where(eq(couriers.id, courierId));
    if (!courier) throw new AppError('not_found', 'Courier not found.');
    const [row] = await tx
      .insert(courierDeviceKeys)
      .values({
        courierId,
        label,
        keyHash: hashToken(key),
        hint: key.slice(-4),
        createdBy: actor.userId,
      })
      .returning({ id: courierDeviceKeys.id });
    await recordAudit(tx, {
      actor,
      action: 'courier_device_key.issue',
      entity: 'courier',
      entityId: courierId,
      after: { deviceKeyId: row!.id, label, hint: key.slice(-4) },
      ip,
    });
    return { id: row!.id, key };
  });
}

/** Revokes one of the courier's keys (idempotent: an already revoked key stays as it was). */
export async function revokeDeviceKey(
  db: Database,
  actor: Actor,
  courierId: string,
  keyId: string,
  ip?: string | null,
): Promise<void> {
  const revoked = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courierDeviceKeys)
      .set({ revokedAt: new Date(), revokedBy: actor.userId })
      .where(
        and(
          eq(courierDeviceKeys.id, keyId),
          eq(courierDeviceKeys.courierId, courierId),
          isNull(courierDeviceKeys.revokedAt),
        ),
      )
      .returning({ keyHash: courierDeviceKeys.keyHash, label: courierDeviceKeys.label });
    if (!row) return null;
    await recordAudit(tx, {
      actor,
      action: 'courier_device_key.revoke',
      entity: 'courier',
      entityId: courierId,
      before: { deviceKeyId: keyId, label: row.label, revoked: false },
      after: { deviceKeyId: keyId, label: row.label, revoked: true },
      ip,
    });
    return row.keyHash;
  });
  // This instance stops accepting the key at once; others within the cache's few seconds.
  if (revoked) forgetDeviceKey(revoked);
}

/** The courier's keys, newest first, with who issued them; never the hash. */
export async function listDeviceKeys(db: Executor, courierId: string): Promise<DeviceKeySummary[]> {
  return db
    .select({
      id: courierDeviceKeys.id,
      label: courierDeviceKeys.label,
      hint: courierDeviceKeys.hint,
      createdAt: courierDeviceKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: courierDeviceKeys.lastUsedAt,
      revokedAt: courierDeviceKeys.revokedAt,
    })
    .from(courierDeviceKeys)
    .leftJoin(users, eq(users.id, courierDeviceKeys.createdBy))
    .where(eq(courierDeviceKeys.courierId, courierId))
    .orderBy(desc(courierDeviceKeys.createdAt), desc(courierDeviceKeys.id));
}
