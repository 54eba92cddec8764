import type { SessionRecord } from './types';

/** How the Redis-family stores (TCP and Upstash REST) serialise a session and name its keys. */
export type StoredSession = Omit<SessionRecord, 'createdAt' | 'lastSeenAt' | 'expiresAt'> & {
  tokenHash: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
};

export const toStoredSession = (tokenHash: string, record: SessionRecord): StoredSession => ({
  ...record,
  tokenHash,
  createdAt: record.createdAt.getTime(),
  lastSeenAt: record.lastSeenAt.getTime(),
  expiresAt: record.expiresAt.getTime(),
});

export const toSessionRecord = ({ tokenHash: _hash, ...s }: StoredSession): SessionRecord => ({
  ...s,
  createdAt: new Date(s.createdAt),
  lastSeenAt: new Date(s.lastSeenAt),
  expiresAt: new Date(s.expiresAt),
});

/** Reads a stored record back, treating an expired one as absent. */
export function parseStoredSession(raw: string | null | undefined): StoredSession | undefined {
  if (!raw) return undefined;
  const stored = JSON.parse(raw) as StoredSession;
  return stored.expiresAt > Date.now() ? stored : undefined;
}

/**
 * `<p>session:<id>` holds the record, `<p>session-token:<hash>` points at it (both expire with
 * the session), `<p>sessions:user:<userId>` and `<p>sessions:all` (scored by expiry) index them.
 */
export const sessionKeys = (prefix: string) => ({
  session: (id: string) => `${prefix}session:${id}`,
  token: (hash: string) => `${prefix}session-token:${hash}`,
  user: (userId: string) => `${prefix}sessions:user:${userId}`,
  all: `${prefix}sessions:all`,
});
