import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import { mailboxMessages } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { getLogger } from '@/lib/log';
import { renderEmail, type EmailTemplate, type RenderedEmail } from './templates';

export type { EmailTemplate };

export type EmailDriver = 'mailbox' | 'smtp';

const globalForMail = globalThis as unknown as { lojaSmtp?: Transporter };

export function getEmailDriver(): EmailDriver {
  return getEnv().SMTP_URL ? 'smtp' : 'mailbox';
}

/**
 * Sends an account e-mail. Without SMTP_URL it lands in the dev mailbox (a table readable in
 * /admin/mailbox and by tests); with it, it goes out over SMTP and is not stored, because a
 * stored reset link would be a credential at rest.
 */
export async function sendEmail(message: {
  to: string;
  template: EmailTemplate;
  locale: Locale;
  params: { name: string; link?: string };
}): Promise<void> {
  const rendered = renderEmail(message.template, message.locale, message.params);
  await sendRenderedEmail({ to: message.to, template: message.template, ...rendered });
}

/** Sends an already rendered e-mail (order e-mails render their own, with a template engine). */
export async function sendRenderedEmail(
  message: { to: string; template: string } & RenderedEmail,
): Promise<void> {
  const env = getEnv();
  const { to, template, ...rendered } = message;
  const log = getLogger().child({ component: 'email', template });
  if (env.SMTP_URL) {
    globalForMail.lojaSmtp ??= createTransport(env.SMTP_URL);
    const info = await globalForMail.lojaSmtp.sendMail({
      from: env.MAIL_FROM,
      to,
      ...rendered,
    });
    log.info({ transport: 'smtp', messageId: info.messageId }, 'email sent');
    return;
  }
  await getDb()
    .insert(mailboxMessages)
    .values({ to, template, transport: 'mailbox', ...rendered });
  log.info({ transport: 'mailbox' }, 'email stored in the dev mailbox');
}
