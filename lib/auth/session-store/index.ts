import 'server-only';
import { getRedisClient } from '@/lib/cache';
import { createUpstashClient } from '@/lib/cache/upstash';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { createPostgresSessionStore } from './postgres';
import { createRedisSessionStore } from './redis';
import { createUpstashSessionStore } from './upstash';
import type { SessionStore } from './types';

export type { SessionRecord, SessionStore } from './types';

const globalForSessions = globalThis as unknown as { lojaSessionStore?: SessionStore };

function createSessionStore(): SessionStore {
  const redis = getRedisClient();
  if (redis) return createRedisSessionStore(redis);
  const env = getEnv();
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    const client = createUpstashClient({
      url: env.UPSTASH_REDIS_REST_URL,
      token: env.UPSTASH_REDIS_REST_TOKEN,
      // Every signed-in request waits on this; a slow answer beats a false sign-out.
      timeoutMs: 3_000,
    });
    return createUpstashSessionStore(client);
  }
  return createPostgresSessionStore(getDb());
}

/** Redis when REDIS_URL is set (the cache's connection), else Upstash, else PostgreSQL. */
export function getSessionStore(): SessionStore {
  globalForSessions.lojaSessionStore ??= createSessionStore();
  return globalForSessions.lojaSessionStore;
}

export function setSessionStoreForTests(store: SessionStore | undefined) {
  globalForSessions.lojaSessionStore = store;
}
