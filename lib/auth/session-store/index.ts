import 'server-only';
import { getRedisClient } from '@/lib/cache';
import { getDb } from '@/lib/db/client';
import { createPostgresSessionStore } from './postgres';
import { createRedisSessionStore } from './redis';
import type { SessionStore } from './types';

export type { SessionRecord, SessionStore } from './types';

const globalForSessions = globalThis as unknown as { lojaSessionStore?: SessionStore };

/** Redis when REDIS_URL is set (the cache's connection), PostgreSQL otherwise. */
export function getSessionStore(): SessionStore {
  if (!globalForSessions.lojaSessionStore) {
    const redis = getRedisClient();
    globalForSessions.lojaSessionStore = redis
      ? createRedisSessionStore(redis)
      : createPostgresSessionStore(getDb());
  }
  return globalForSessions.lojaSessionStore;
}

export function setSessionStoreForTests(store: SessionStore | undefined) {
  globalForSessions.lojaSessionStore = store;
}
