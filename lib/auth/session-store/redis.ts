import 'server-only';
import type { Redis } from 'ioredis';
import { ensureConnected } from '@/lib/cache/redis';
import {
  parseStoredSession,
  sessionKeys,
  toSessionRecord,
  toStoredSession,
  type StoredSession,
} from './stored-session';
import type { SessionRecord, SessionStore } from './types';

/**
 * Layout: `<p>session:<id>` holds the record, `<p>session-token:<hash>` points at it (both expire
 * with the session), `<p>sessions:user:<userId>` and `<p>sessions:all` (scored by expiry) index
 * them for listing and bulk revocation. Revoking deletes the keys.
 */
export function createRedisSessionStore(redis: Redis, prefix = 'loja:'): SessionStore {
  const k = sessionKeys(prefix);
  // Sessions must fail closed: an unreachable Redis is an error, not an empty store.
  const connected = async () => {
    if (!(await ensureConnected(redis))) throw new Error('Redis session store is unreachable');
    return redis;
  };
  const load = async (id: string): Promise<StoredSession | undefined> => {
    const raw = await (await connected()).get(k.session(id));
    return parseStoredSession(raw);
  };
  const remove = async (stored: StoredSession) => {
    await (
      await connected()
    )
      .multi()
      .del(k.session(stored.id), k.token(stored.tokenHash))
      .srem(k.user(stored.userId), stored.id)
      .zrem(k.all, stored.id)
      .exec();
  };
  return {
    driver: 'redis',
    async create(tokenHash, record) {
      const stored = toStoredSession(tokenHash, record);
      const ttl = Math.max(1, stored.expiresAt - Date.now());
      await (
        await connected()
      )
        .multi()
        .set(k.session(record.id), JSON.stringify(stored), 'PX', ttl)
        .set(k.token(tokenHash), record.id, 'PX', ttl)
        .sadd(k.user(record.userId), record.id)
        .zadd(k.all, stored.expiresAt, record.id)
        .exec();
    },
    async findByTokenHash(tokenHash) {
      const id = await (await connected()).get(k.token(tokenHash));
      const stored = id ? await load(id) : undefined;
      return stored && stored.tokenHash === tokenHash ? toSessionRecord(stored) : undefined;
    },
    async findById(id) {
      const stored = await load(id);
      return stored && toSessionRecord(stored);
    },
    async touch(id, at) {
      const stored = await load(id);
      if (!stored) return;
      stored.lastSeenAt = at.getTime();
      await (await connected()).set(k.session(id), JSON.stringify(stored), 'KEEPTTL');
    },
    async revoke(id) {
      const stored = await load(id);
      if (!stored) return false;
      await remove(stored);
      return true;
    },
    async revokeForUser(userId, _reason, exceptId) {
      const ids = await (await connected()).smembers(k.user(userId));
      let count = 0;
      for (const id of ids) {
        if (id === exceptId) continue;
        const stored = await load(id);
        if (stored) {
          await remove(stored);
          count += 1;
        } else {
          await redis.srem(k.user(userId), id);
        }
      }
      return count;
    },
    async list({ userId, limit }) {
      const client = await connected();
      await client.zremrangebyscore(k.all, '-inf', Date.now());
      const ids = userId
        ? await client.smembers(k.user(userId))
        : await client.zrange(k.all, '0', '-1');
      const records: SessionRecord[] = [];
      for (const id of ids) {
        const stored = await load(id);
        if (stored) records.push(toSessionRecord(stored));
      }
      return records.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
    },
  };
}
