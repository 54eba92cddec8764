import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getCurrentActor } from '@/lib/auth/current-actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signUp'))('title') };
}

export default async function SignUpPage() {
  if (await getCurrentActor()) redirect('/account');
  const t = await getTranslations('auth.signUp');
  return (
    <AuthCard title={t('title')}>
      <SignUpForm />
      <p className="text-sm text-stone-700">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-semibold text-emerald-800 underline">
          {t('signInLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
