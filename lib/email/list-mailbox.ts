import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { mailboxMessages } from '@/db/schema';
import { getDb } from '@/lib/db/client';

export type MailboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string | null;
  createdAt: Date;
};

/** The dev mailbox, newest first. Callers must have checked that the actor is an admin. */
export async function listMailbox(
  filter: { to?: string; limit?: number } = {},
): Promise<MailboxItem[]> {
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
