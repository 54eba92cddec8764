import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getEmailDriver } from '@/lib/email';
import { listMailbox } from '@/lib/email/list-mailbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.mailbox'))('title'), robots: { index: false } };
}

export default async function AdminMailboxPage() {
  const actor = await requirePageActor('/admin/mailbox');
  if (!hasPermission(actor, 'settings')) return <Forbidden />;
  const [t, format, messages] = await Promise.all([
    getTranslations('admin.mailbox'),
    getFormatter(),
    listMailbox(actor, { limit: 100 }),
  ]);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{getEmailDriver() === 'smtp' ? t('smtp') : t('intro')}</p>
      {messages.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="flex flex-col gap-3">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{message.subject}</span>
                <span className="block text-sm text-stone-600">
                  {t('to')}: {message.to} · {t('sentAt')}:{' '}
                  {format.dateTime(message.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                </span>
              </summary>
              <pre className="mt-3 text-sm break-words whitespace-pre-wrap">{message.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
