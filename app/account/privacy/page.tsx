import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { requirePageActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.privacy'))('title') };
}

export default async function PrivacyPage() {
  const actor = await requirePageActor('/account/privacy');
  const t = await getTranslations('account.privacy');
  return (
    <AccountShell actor={actor} current="/account/privacy" title={t('title')}>
      <section aria-labelledby="export-data" className="flex flex-col gap-3">
        <h2 id="export-data" className="text-lg font-semibold">
          {t('exportTitle')}
        </h2>
        <p className="text-stone-700">{t('exportText')}</p>
        <p>
          {/* A plain link: the browser downloads the JSON with the session cookie. */}
          <a
            href="/api/account/export"
            download
            className="inline-block rounded-full border border-stone-400 bg-white px-5 py-2 text-sm font-semibold hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
          >
            {t('export')}
          </a>
        </p>
      </section>
      {actor.role === 'customer' ? (
        <section aria-labelledby="delete-account" className="flex flex-col gap-3">
          <h2 id="delete-account" className="text-lg font-semibold text-red-900">
            {t('deleteTitle')}
          </h2>
          <p className="text-stone-700">{t('deleteText')}</p>
          <DeleteAccountForm />
        </section>
      ) : null}
    </AccountShell>
  );
}
