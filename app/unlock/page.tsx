import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { unlockAccountAction } from '@/components/auth/actions';
import { AuthCard } from '@/components/auth/auth-card';
import { ConfirmLinkForm } from '@/components/auth/confirm-link-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.unlock'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function UnlockPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.unlock');
  return (
    <AuthCard title={t('title')}>
      <p className="text-stone-700">{t('intro')}</p>
      <ConfirmLinkForm
        token={typeof token === 'string' ? token : ''}
        label={t('submit')}
        action={unlockAccountAction}
      />
    </AuthCard>
  );
}
