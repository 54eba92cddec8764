import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { revokeSessionAction } from '@/components/admin/actions';
import { Forbidden } from '@/components/admin/forbidden';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listSessionsAsAdmin } from '@/lib/auth/manage-sessions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.sessions'))('title'), robots: { index: false } };
}

export default async function AdminSessionsPage() {
  const actor = await requirePageActor('/admin/sessions');
  if (!hasPermission(actor, 'customers')) return <Forbidden />;
  const [t, format, sessions] = await Promise.all([
    getTranslations('admin.sessions'),
    getFormatter(),
    listSessionsAsAdmin(actor),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('intro')}</p>
      {sessions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm" data-testid="sessions-table">
            <thead className="border-b border-stone-300">
              <tr>
                {(
                  ['user', 'kind', 'ip', 'device', 'createdAt', 'lastSeenAt', 'actions'] as const
                ).map((key) => (
                  <th key={key} scope="col" className="px-2 py-2 font-semibold">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr
                  key={session.id}
                  className="border-b border-stone-100"
                  data-email={session.user.email}
                >
                  <td className="px-2 py-2">
                    {session.user.name}
                    <br />
                    <span className="text-stone-600">{session.user.email}</span>
                  </td>
                  <td className="px-2 py-2">{t(`kinds.${session.kind}`)}</td>
                  <td className="px-2 py-2">{session.ip ?? '—'}</td>
                  <td className="max-w-xs truncate px-2 py-2">{session.userAgent ?? '—'}</td>
                  <td className="px-2 py-2">{when(session.createdAt)}</td>
                  <td className="px-2 py-2">{when(session.lastSeenAt)}</td>
                  <td className="px-2 py-2">
                    <form action={revokeSessionAction}>
                      <input type="hidden" name="sessionId" value={session.id} />
                      <SubmitButton
                        variant="quiet"
                        aria-label={t('revokeLabel', {
                          email: session.user.email,
                          date: when(session.createdAt),
                        })}
                      >
                        {t('revoke')}
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
