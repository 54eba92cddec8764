import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { courierDeviceKeys, couriers, users } from '@/db/schema';
import type { AuthHook } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { hashToken } from '@/lib/auth/secure-token';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * How long this instance trusts a key it looked up. Revocation on this instance is immediate
 * (the revoking request evicts it); other instances stop accepting the key within this bound.
 */
export const DEVICE_KEY_CACHE_MS = 5_000;
const LAST_USED_EVERY_MS = 60_000;
const KEY_FORMAT = /^lojadk_[A-Za-z0-9_-]{43}$/;
const DEVICE_KEY_SCHEME = /^DeviceKey\s+(\S+)$/i;

type KnownKey = { keyId: string; courierUserId: string; lastUsedAt: number };

// Only keys that resolved are cached: an unknown key always reaches the (indexed) query. Kept on
// globalThis because Next bundles the positions route and the admin's revoke action separately:
// one module copy each, but the revocation must evict the entry the route reads.
const globalForKeys = globalThis as unknown as { lojaDeviceKeys?: LRUCache<string, KnownKey> };
const cache = (globalForKeys.lojaDeviceKeys ??= new LRUCache<string, KnownKey>({
  max: 10_000,
  ttl: DEVICE_KEY_CACHE_MS,
}));

/** Drops a key from this instance's cache (revocation; tests standing in for cache expiry). */
export function forgetDeviceKey(keyHash?: string) {
  if (keyHash) cache.delete(keyHash);
  else cache.clear();
}

// One message for malformed, unknown and revoked keys: nothing tells a guesser which it was.
const refused = () => new AppError('unauthorized', 'The device key is invalid or revoked.');

async function lookUp(keyHash: string): Promise<KnownKey | null> {
  const [row] = await getDb()
    .select({
      keyId: courierDeviceKeys.id,
      courierUserId: couriers.userId,
      lastUsedAt: courierDeviceKeys.lastUsedAt,
    })
    .from(courierDeviceKeys)
    .innerJoin(couriers, eq(couriers.id, courierDeviceKeys.courierId))
    .innerJoin(users, eq(users.id, couriers.userId))
    .where(
      and(
        eq(courierDeviceKeys.keyHash, keyHash),
        isNull(courierDeviceKeys.revokedAt),
        eq(users.role, 'courier'),
        isNull(users.deletedAt),
      ),
    );
  return row ? { ...row, lastUsedAt: row.lastUsedAt?.getTime() ?? 0 } : null;
}

/** The courier's user id for an `Authorization: DeviceKey <key>` header; 401 otherwise. */
export async function resolveDeviceKey(authorization: string): Promise<string> {
  const key = DEVICE_KEY_SCHEME.exec(authorization)?.[1];
  if (!key || !KEY_FORMAT.test(key)) throw refused();
  const keyHash = hashToken(key);
  let known = cache.get(keyHash);
  if (!known) {
    const found = await lookUp(keyHash);
    if (!found) throw refused();
    known = found;
    cache.set(keyHash, known);
  }
  const now = Date.now();
  if (now - known.lastUsedAt >= LAST_USED_EVERY_MS) {
    known.lastUsedAt = now;
    // Conditional, so several instances refreshing the same key write once a minute between them.
    await getDb()
      .update(courierDeviceKeys)
      .set({ lastUsedAt: new Date(now) })
      .where(
        and(
          eq(courierDeviceKeys.id, known.keyId),
          sql`(${courierDeviceKeys.lastUsedAt} is null or ${courierDeviceKeys.lastUsedAt} < now() - interval '1 minute')`,
        ),
      );
  }
  return known.courierUserId;
}

/**
 * The positions route's auth: a device key (position posting is all it authorises: no other route
 * reads this scheme, so a device key anywhere else is refused) or a courier's session / token.
 */
export function requirePositionPoster(): AuthHook<{ userId: string }> {
  const courier = requireApiActor({ roles: ['courier'] });
  return async (req) => {
    const authorization = req.headers.get('authorization');
    if (authorization && /^DeviceKey(\s|$)/i.test(authorization)) {
      return { userId: await resolveDeviceKey(authorization) };
    }
    return courier(req);
  };
}
