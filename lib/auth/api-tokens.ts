import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { refreshTokens } from '@/db/schema';
import { getDb, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { signToken, verifyToken } from './jwt-keys';
import type { RequestContext } from './request-context';
import { hashToken } from './secure-token';
import { recordSecurityEvent } from './security-events';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export type TokenPair = {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
};

const invalid = () => new AppError('unauthorized', 'The refresh token is invalid or expired.');

/** Issues an access token and a refresh token; the refresh token's hash is stored in `familyId`. */
async function issuePair(
  userId: string,
  familyId: string,
  ctx: Pick<RequestContext, 'ip' | 'userAgent'>,
  db: Executor = getDb(),
): Promise<TokenPair> {
  const jti = randomUUID();
  const refreshToken = await signToken(
    'refresh',
    { sub: userId, fam: familyId, jti },
    REFRESH_TOKEN_TTL_SECONDS,
  );
  await db.insert(refreshTokens).values({
    userId,
    familyId,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
  });
  const accessToken = await signToken(
    'access',
    { sub: userId, fam: familyId },
    ACCESS_TOKEN_TTL_SECONDS,
  );
  return {
    tokenType: 'Bearer',
    accessToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken,
    refreshExpiresIn: REFRESH_TOKEN_TTL_SECONDS,
  };
}

/** A new token family for a user who just proved their password. */
export async function issueTokenPair(userId: string, ctx: RequestContext): Promise<TokenPair> {
  const familyId = randomUUID();
  const pair = await issuePair(userId, familyId, ctx);
  await recordSecurityEvent({ type: 'api_token_issued', userId, ip: ctx.ip, detail: { familyId } });
  return pair;
}

/**
 * Rotation: a refresh token works once. Presenting one that was already used means it was copied:
 * the whole family (the thief's and the owner's tokens) is revoked and the event recorded.
 */
export async function rotateRefreshToken(token: string, ctx: RequestContext): Promise<TokenPair> {
  const payload = await verifyToken('refresh', token);
  if (!payload?.sub) throw invalid();
  const tokenHash = hashToken(token);
  const db = getDb();
  const outcome = await db.transaction(async (tx) => {
    const now = new Date();
    const [spent] = await tx
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(refreshTokens.tokenHash, tokenHash),
          isNull(refreshTokens.usedAt),
          isNull(refreshTokens.revokedAt),
          gt(refreshTokens.expiresAt, now),
        ),
      )
      .returning({ userId: refreshTokens.userId, familyId: refreshTokens.familyId });
    if (spent) return { pair: await issuePair(spent.userId, spent.familyId, ctx, tx) };
    const [known] = await tx
      .select({
        userId: refreshTokens.userId,
        familyId: refreshTokens.familyId,
        usedAt: refreshTokens.usedAt,
      })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash));
    if (known?.usedAt) {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(and(eq(refreshTokens.familyId, known.familyId), isNull(refreshTokens.revokedAt)));
      return { reuse: known };
    }
    return {};
  });
  if (outcome.reuse) {
    await recordSecurityEvent({
      type: 'refresh_token_reuse',
      userId: outcome.reuse.userId,
      ip: ctx.ip,
      detail: { familyId: outcome.reuse.familyId },
    });
  }
  if (!outcome.pair) throw invalid();
  return outcome.pair;
}

/** Logout for API clients: the family stops refreshing and its access tokens stop working. */
export async function revokeRefreshFamily(token: string): Promise<void> {
  const payload = await verifyToken('refresh', token);
  if (typeof payload?.fam !== 'string') return;
  const [row] = await getDb()
    .select({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(token)));
  if (!row) return;
  await getDb()
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, row.familyId), isNull(refreshTokens.revokedAt)));
}

/** True while the family has a token that is neither revoked nor expired. */
export async function isTokenFamilyActive(familyId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.familyId, familyId),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return Boolean(row);
}
