import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { oneTimeTokens } from '@/db/schema';
import { getDb, type Executor } from '@/lib/db/client';
import { createOpaqueToken, hashToken } from './secure-token';

export type OneTimePurpose = (typeof oneTimeTokens.$inferSelect)['purpose'];

const TTL_MS: Record<OneTimePurpose, number> = {
  password_reset: 60 * 60_000,
  email_verification: 48 * 60 * 60_000,
  unlock: 24 * 60 * 60_000,
};

/** A fresh link token; earlier unused ones of the same purpose stop working. */
export async function issueOneTimeToken(
  userId: string,
  purpose: OneTimePurpose,
  db: Executor = getDb(),
): Promise<string> {
  const token = createOpaqueToken();
  const now = new Date();
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
      ),
    );
  await db.insert(oneTimeTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TTL_MS[purpose]),
  });
  return token;
}

/** Spends a token atomically: a second use, an expired or a wrong-purpose token gives undefined. */
export async function consumeOneTimeToken(
  token: string,
  purpose: OneTimePurpose,
  db: Executor = getDb(),
): Promise<string | undefined> {
  const now = new Date();
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning({ userId: oneTimeTokens.userId });
  return row?.userId;
}
