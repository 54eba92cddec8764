import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { signOutAction } from '@/components/auth/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Actor } from '@/lib/auth/actor';
import { AccountNav } from './account-nav';

type Section = Parameters<typeof AccountNav>[0]['current'];

/** Heading, section navigation and sign-out around every account page. */
export async function AccountShell({
  actor,
  current,
  title,
  children,
}: {
  actor: Actor;
  current: Section;
  title: string;
  children: ReactNode;
}) {
  const [t, tAuth] = await Promise.all([getTranslations('account'), getTranslations('auth')]);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-stone-700">{t('greeting', { name: actor.name })}</p>
        <form action={signOutAction}>
          <SubmitButton variant="quiet">{tAuth('signOut')}</SubmitButton>
        </form>
      </div>
      <div className="grid gap-8 sm:grid-cols-[12rem_1fr]">
        <AccountNav current={current} />
        <section aria-labelledby="account-heading" className="flex flex-col gap-6">
          <h1 id="account-heading" className="text-2xl font-bold">
            {title}
          </h1>
          {children}
        </section>
      </div>
    </div>
  );
}
