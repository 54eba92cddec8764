import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import {
  addresses as addressTable,
  mailboxMessages,
  oauthAccounts,
  orders,
  refreshTokens,
  securityEvents,
  users,
} from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { recordSecurityEvent } from '@/lib/auth/security-events';
import { listActiveSessions } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * LGPD art. 18 (access and portability): everything Loja holds about the actor, as JSON.
 * Secrets are left out on purpose: password hash, token hashes, and e-mail bodies (they carry
 * sign-in links).
 */
export async function exportMyData(actor: Actor | null) {
  const me = assertAllowed(actor);
  const data = await exportUserData(me.userId);
  await recordSecurityEvent({ type: 'data_exported', userId: me.userId });
  return data;
}

/**
 * The export itself, for the account's owner (above) or for an admin answering an LGPD request
 * (lib/admin/customers), who checks permission and audits before calling.
 */
export async function exportUserData(userId: string) {
  const db = getDb();
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'No account with this id.');
  const me = { userId, email: user.email };
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
    db
      .select()
      .from(addressTable)
      .where(eq(addressTable.userId, userId))
      .orderBy(asc(addressTable.createdAt)),
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
  const orderRows = await db
    .select({
      number: orders.number,
      status: orders.status,
      totalCents: orders.totalCents,
      currency: orders.currency,
      paymentMethod: orders.paymentMethod,
      address: orders.address,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(asc(orders.createdAt));
  return {
    orders: orderRows,
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
