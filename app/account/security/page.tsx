import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { revokeMySessionAction } from '@/components/account/actions';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listMySessions } from '@/lib/auth/manage-sessions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.security'))('title') };
}

export default async function SecurityPage() {
  const actor = await requirePageActor('/account/security');
  const [t, format, sessions] = await Promise.all([
    getTranslations('account.security'),
    getFormatter(),
    listMySessions(actor),
  ]);
  return (
    <AccountShell actor={actor} current="/account/security" title={t('title')}>
      <section aria-labelledby="change-password" className="flex flex-col gap-4">
        <h2 id="change-password" className="text-lg font-semibold">
          {t('changePassword')}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="my-sessions" className="flex flex-col gap-3">
        <h2 id="my-sessions" className="text-lg font-semibold">
          {t('sessions')}
        </h2>
        <ul className="flex flex-col gap-2">
          {sessions.map((session) => {
            const date = format.dateTime(session.createdAt, {
              dateStyle: 'short',
              timeStyle: 'short',
            });
            return (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm"
              >
                <span>
                  {session.userAgent ?? t('unknownDevice')} · {t('signedInAt', { date })}
                  {session.current ? <strong> ({t('thisDevice')})</strong> : null}
                </span>
                {session.current ? null : (
                  <form action={revokeMySessionAction}>
                    <input type="hidden" name="sessionId" value={session.id} />
                    <SubmitButton variant="quiet" aria-label={t('revokeLabel', { date })}>
                      {t('revoke')}
                    </SubmitButton>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </AccountShell>
  );
}
