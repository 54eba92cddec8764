import 'server-only';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { userSessions } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import type { SessionRecord, SessionStore } from './types';

const columns = {
  id: userSessions.id,
  userId: userSessions.userId,
  kind: userSessions.kind,
  ip: userSessions.ip,
  userAgent: userSessions.userAgent,
  createdAt: userSessions.createdAt,
  lastSeenAt: userSessions.lastSeenAt,
  expiresAt: userSessions.expiresAt,
};

const active = () => and(isNull(userSessions.revokedAt), gt(userSessions.expiresAt, new Date()));

export function createPostgresSessionStore(db: Database): SessionStore {
  return {
    driver: 'postgres',
    async create(tokenHash, record) {
      await db.insert(userSessions).values({ ...record, tokenHash });
    },
    async findByTokenHash(tokenHash) {
      const [row] = await db
        .select(columns)
        .from(userSessions)
        .where(and(eq(userSessions.tokenHash, tokenHash), active()));
      return row;
    },
    async findById(id) {
      const [row] = await db
        .select(columns)
        .from(userSessions)
        .where(and(eq(userSessions.id, id), active()));
      return row;
    },
    async touch(id, at) {
      await db.update(userSessions).set({ lastSeenAt: at }).where(eq(userSessions.id, id));
    },
    async revoke(id, reason) {
      const rows = await db
        .update(userSessions)
        .set({ revokedAt: new Date(), revokedReason: reason })
        .where(and(eq(userSessions.id, id), isNull(userSessions.revokedAt)))
        .returning({ id: userSessions.id });
      return rows.length > 0;
    },
    async revokeForUser(userId, reason, exceptId) {
      const rows = await db
        .update(userSessions)
        .set({ revokedAt: new Date(), revokedReason: reason })
        .where(
          and(
            eq(userSessions.userId, userId),
            isNull(userSessions.revokedAt),
            exceptId ? ne(userSessions.id, exceptId) : undefined,
          ),
        )
        .returning({ id: userSessions.id });
      return rows.length;
    },
    async list({ userId, limit }) {
      const rows: SessionRecord[] = await db
        .select(columns)
        .from(userSessions)
        .where(and(active(), userId ? eq(userSessions.userId, userId) : undefined))
        .orderBy(desc(userSessions.createdAt))
        .limit(limit);
      return rows;
    },
  };
}
