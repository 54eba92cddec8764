import 'server-only';
import type { Redis } from '@upstash/redis';
import {
  parseStoredSession,
  sessionKeys,
  toSessionRecord,
  toStoredSession,
  type StoredSession,
} from './stored-session';
import type { SessionRecord, SessionStore } from './types';

/**
 * The Redis session layout (see redis.ts) over Upstash's REST API, for hosts without TCP Redis.
 * Writes that must land together go through MULTI/EXEC. Errors propagate: sessions fail closed.
 */
export function createUpstashSessionStore(client: Redis, prefix = 'loja:'): SessionStore {
  const k = sessionKeys(prefix);
  const load = async (id: string): Promise<StoredSession | undefined> => {
    const raw = await client.get<string>(k.session(id));
    return parseStoredSession(raw === null ? null : String(raw));
  };
  const remove = async (stored: StoredSession) => {
    await client
      .multi()
      .del(k.session(stored.id), k.token(stored.tokenHash))
      .srem(k.user(stored.userId), stored.id)
      .zrem(k.all, stored.id)
      .exec();
  };
  return {
    driver: 'upstash',
    async create(tokenHash, record) {
      const stored = toStoredSession(tokenHash, record);
      const px = Math.max(1, stored.expiresAt - Date.now());
      await client
        .multi()
        .set(k.session(record.id), JSON.stringify(stored), { px })
        .set(k.token(tokenHash), record.id, { px })
        .sadd(k.user(record.userId), record.id)
        .zadd(k.all, { score: stored.expiresAt, member: record.id })
        .exec();
    },
    async findByTokenHash(tokenHash) {
      const id = await client.get<string>(k.token(tokenHash));
      const stored = id ? await load(String(id)) : undefined;
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
      await client.set(k.session(id), JSON.stringify(stored), { keepTtl: true });
    },
    async revoke(id) {
      const stored = await load(id);
      if (!stored) return false;
      await remove(stored);
      return true;
    },
    async revokeForUser(userId, _reason, exceptId) {
      const ids = (await client.smembers(k.user(userId))).map(String);
      let count = 0;
      for (const id of ids) {
        if (id === exceptId) continue;
        const stored = await load(id);
        if (stored) {
          await remove(stored);
          count += 1;
        } else {
          await client.srem(k.user(userId), id);
        }
      }
      return count;
    },
    async list({ userId, limit }) {
      await client.zremrangebyscore(k.all, '-inf', Date.now());
      const ids = userId
        ? await client.smembers(k.user(userId))
        : await client.zrange<string[]>(k.all, 0, -1);
      const records: SessionRecord[] = [];
      for (const id of ids) {
        const stored = await load(String(id));
        if (stored) records.push(toSessionRecord(stored));
      }
      return records.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
    },
  };
}
