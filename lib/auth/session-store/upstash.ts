import 'server-only';
import type { Redis } from '@upstash/redis';
import type { SessionRecord, SessionStore } from './types';

type Stored = Omit<SessionRecord, 'createdAt' | 'lastSeenAt' | 'expiresAt'> & {
  tokenHash: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
};

const toRecord = ({ tokenHash: _hash, ...s }: Stored): SessionRecord => ({
  ...s,
  createdAt: new Date(s.createdAt),
  lastSeenAt: new Date(s.lastSeenAt),
  expiresAt: new Date(s.expiresAt),
});

/**
 * The Redis session layout (see redis.ts) over Upstash's REST API, for hosts without TCP Redis.
 * Writes that must land together go through MULTI/EXEC. Errors propagate: sessions fail closed.
 */
export function createUpstashSessionStore(client: Redis, prefix = 'loja:'): SessionStore {
  const k = {
    session: (id: string) => `${prefix}session:${id}`,
    token: (hash: string) => `${prefix}session-token:${hash}`,
    user: (userId: string) => `${prefix}sessions:user:${userId}`,
    all: `${prefix}sessions:all`,
  };
  const load = async (id: string): Promise<Stored | undefined> => {
    const raw = await client.get<string>(k.session(id));
    if (!raw) return undefined;
    const stored = JSON.parse(String(raw)) as Stored;
    return stored.expiresAt > Date.now() ? stored : undefined;
  };
  const remove = async (stored: Stored) => {
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
      const stored: Stored = {
        ...record,
        tokenHash,
        createdAt: record.createdAt.getTime(),
        lastSeenAt: record.lastSeenAt.getTime(),
        expiresAt: record.expiresAt.getTime(),
      };
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
      return stored && stored.tokenHash === tokenHash ? toRecord(stored) : undefined;
    },
    async findById(id) {
      const stored = await load(id);
      return stored && toRecord(stored);
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
        if (stored) records.push(toRecord(stored));
      }
      return records.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
    },
  };
}
