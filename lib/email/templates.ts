import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';
import type { Locale } from '@/lib/i18n/config';

export type EmailTemplate = Exclude<keyof typeof en.email, 'footer'>;

export type RenderedEmail = { subject: string; text: string; html: string };

const MESSAGES = { 'pt-BR': ptBR.email, en: en.email } as const;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The e-mail strings only ever interpolate {name}: no ICU formatter needed here.
const fill = (text: string, name: string) => text.replaceAll('{name}', name);

/** Plain text first (what tests and the mailbox read); the HTML is the same words and link. */
export function renderEmail(
  template: EmailTemplate,
  locale: Locale,
  params: { name: string; link?: string },
): RenderedEmail {
  const strings: { subject: string; body: string; action?: string } = MESSAGES[locale][template];
  const footer = MESSAGES[locale].footer;
  const body = fill(strings.body, params.name);
  const action = strings.action ?? params.link ?? '';
  const text = [body, params.link ? `${action}: ${params.link}` : '', footer]
    .filter(Boolean)
    .join('\n\n');
  const link = params.link
    ? `<p><a href="${escapeHtml(params.link)}">${escapeHtml(action)}</a></p>`
    : '';
  return {
    subject: strings.subject,
    text,
    html: `<p>${escapeHtml(body)}</p>${link}<p>${escapeHtml(footer)}</p>`,
  };
}
