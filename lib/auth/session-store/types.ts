import type { SessionKind } from '../session-policy';

export type SessionRecord = {
  id: string;
  userId: string;
  kind: SessionKind;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute expiry. */
  expiresAt: Date;
};

/**
 * Where server-side sessions live: PostgreSQL by default, Redis (TCP or Upstash REST) when configured. Never process
 * memory, so sessions survive restarts and are shared by every instance. Revoked and expired
 * sessions are never returned.
 */
export type SessionStore = {
  readonly driver: 'postgres' | 'redis' | 'upstash';
  create(tokenHash: string, record: SessionRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<SessionRecord | undefined>;
  findById(id: string): Promise<SessionRecord | undefined>;
  touch(id: string, at: Date): Promise<void>;
  revoke(id: string, reason: string): Promise<boolean>;
  /** Revokes every session of a user except `exceptId`; returns how many. */
  revokeForUser(userId: string, reason: string, exceptId?: string): Promise<number>;
  /** Active sessions, newest first. */
  list(filter: { userId?: string; limit: number }): Promise<SessionRecord[]>;
};
