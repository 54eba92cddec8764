import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signInWithGoogleAction } from '@/components/auth/actions';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { safeNextPath } from '@/lib/auth/safe-next';
import { isGoogleSignInEnabled } from '@/lib/auth/providers';

const NOTICES = ['verified', 'passwordReset', 'unlocked', 'deleted'] as const;
type Notice = (typeof NOTICES)[number];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentActor()) redirect(next);
  const t = await getTranslations('auth.signIn');
  const notice = NOTICES.find((n): n is Notice => n === params.notice);
  return (
    <AuthCard title={t('title')}>
      {notice ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t(notice)}
        </p>
      ) : null}
      {params.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('failed')}
        </p>
      ) : null}
      <SignInForm next={next} />
      {isGoogleSignInEnabled() ? (
        <form action={signInWithGoogleAction} className="flex flex-col gap-2 border-t pt-4">
          <input type="hidden" name="next" value={next} />
          <SubmitButton variant="quiet">{t('google')}</SubmitButton>
        </form>
      ) : null}
      <p className="text-sm text-stone-700">
        {t('noAccount')}{' '}
        <Link href="/sign-up" className="font-semibold text-emerald-800 underline">
          {t('signUpLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
