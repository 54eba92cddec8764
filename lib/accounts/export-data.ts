import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { mailboxMessages, oauthAccounts, refreshTokens, securityEvents, users } from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { recordSecurityEvent } from '@/lib/auth/security-events';
import { listActiveSessions } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { listAddresses } from './addresses';

/**
 * LGPD art. 18 (access and portability): everything Loja holds about the actor, as JSON.
 * Secrets are left out on purpose: password hash, token hashes, and e-mail bodies (they carry
 * sign-in links). Orders join this export when the orders capability adds them.
 */
export async function exportMyData(actor: Actor | null) {
  const me = assertAllowed(actor);
  const db = getDb();
  const [profile] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      cpf: users.cpf,
      phone: users.phone,
      permissions: users.permissions,
      emailVerifiedAt: users.emailVerifiedAt,
      passwordChangedAt: users.passwordChangedAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, me.userId));
  const [addresses, sessions, apiTokens, linkedAccounts, events, emails] = await Promise.all([
    listAddresses(me),
    listActiveSessions({ userId: me.userId }),
    db
      .select({
        familyId: refreshTokens.familyId,
        createdAt: refreshTokens.createdAt,
        expiresAt: refreshTokens.expiresAt,
        usedAt: refreshTokens.usedAt,
        revokedAt: refreshTokens.revokedAt,
        ip: refreshTokens.ip,
        userAgent: refreshTokens.userAgent,
      })
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, me.userId))
      .orderBy(asc(refreshTokens.createdAt)),
    db
      .select({
        provider: oauthAccounts.provider,
        providerAccountId: oauthAccounts.providerAccountId,
        createdAt: oauthAccounts.createdAt,
      })
      .from(oauthAccounts)
      .where(eq(oauthAccounts.userId, me.userId)),
    db
      .select({
        type: securityEvents.type,
        ip: securityEvents.ip,
        detail: securityEvents.detail,
        createdAt: securityEvents.createdAt,
      })
      .from(securityEvents)
      .where(eq(securityEvents.userId, me.userId))
      .orderBy(asc(securityEvents.createdAt)),
    db
      .select({
        subject: mailboxMessages.subject,
        template: mailboxMessages.template,
        createdAt: mailboxMessages.createdAt,
      })
      .from(mailboxMessages)
      .where(eq(sql`lower(${mailboxMessages.to})`, me.email.toLowerCase()))
      .orderBy(asc(mailboxMessages.createdAt)),
  ]);
  await recordSecurityEvent({ type: 'data_exported', userId: me.userId });
  return {
    exportedAt: new Date().toISOString(),
    profile,
    addresses,
    sessions: sessions.map(({ user: _user, ...session }) => session),
    apiTokens,
    linkedAccounts,
    securityEvents: events,
    emails,
  };
}
