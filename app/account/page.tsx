import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountShell } from '@/components/account/account-shell';
import { ProfileForm } from '@/components/account/profile-form';
import { getProfile } from '@/lib/accounts/profile';
import { requirePageActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title'), robots: { index: false } };
}

export default async function AccountPage() {
  const actor = await requirePageActor('/account');
  const [t, profile] = await Promise.all([getTranslations('account'), getProfile(actor)]);
  return (
    <AccountShell actor={actor} current="/account" title={t('profile.title')}>
      {profile.emailVerified ? null : <p className="text-amber-800">{t('unverified')}</p>}
      <ProfileForm profile={profile} />
    </AccountShell>
  );
}
