import 'server-only';
import { and, eq } from 'drizzle-orm';
import { oauthAccounts, users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { findUserByEmail } from './find-user';

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string;
  emailVerified: boolean;
  name: string;
};

/**
 * The user an OAuth identity signs in as: the linked one; else the account with the same e-mail
 * when the provider vouches for that e-mail (linking an unverified one would let anyone claim an
 * account); else a new verified customer. Undefined means refuse.
 */
export async function findOrCreateOAuthUser(identity: OAuthIdentity): Promise<string | undefined> {
  const db = getDb();
  const [linked] = await db
    .select({ userId: oauthAccounts.userId, deletedAt: users.deletedAt })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(
      and(
        eq(oauthAccounts.provider, identity.provider),
        eq(oauthAccounts.providerAccountId, identity.providerAccountId),
      ),
    );
  if (linked) return linked.deletedAt ? undefined : linked.userId;
  if (!identity.emailVerified) return undefined;
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(identity.email, tx);
    const userId =
      existing?.id ??
      (
        await tx
          .insert(users)
          .values({ email: identity.email, name: identity.name, emailVerifiedAt: new Date() })
          .returning({ id: users.id })
      )[0]?.id;
    if (!userId) return undefined;
    if (existing && !existing.emailVerifiedAt) {
      // Whoever registered this unverified account never proved the e-mail: their password goes.
      await tx
        .update(users)
        .set({ passwordHash: null, emailVerifiedAt: new Date() })
        .where(eq(users.id, userId));
    }
    await tx.insert(oauthAccounts).values({
      userId,
      provider: identity.provider,
      providerAccountId: identity.providerAccountId,
    });
    return userId;
  });
}
