import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { mailboxMessages } from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';

export type MailboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string | null;
  createdAt: Date;
};

/** The dev mailbox, newest first: admins with the "settings" permission. */
export async function listMailbox(
  actor: Actor | null,
  filter: { to?: string; limit?: number } = {},
): Promise<MailboxItem[]> {
  assertAllowed(actor, { roles: ['admin'], permission: 'settings' });
  return getDb()
    .select({
      id: mailboxMessages.id,
      to: mailboxMessages.to,
      subject: mailboxMessages.subject,
      text: mailboxMessages.text,
      template: mailboxMessages.template,
      createdAt: mailboxMessages.createdAt,
    })
    .from(mailboxMessages)
    .where(filter.to ? eq(sql`lower(${mailboxMessages.to})`, filter.to.toLowerCase()) : undefined)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(filter.limit ?? 50);
}
