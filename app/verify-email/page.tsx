import type { Metadata } from 'next';
import { verifyEmailAction } from '@/components/auth/actions';
import { ConfirmLinkPage, confirmLinkMetadata } from '@/components/auth/confirm-link-page';

export async function generateMetadata(): Promise<Metadata> {
  return confirmLinkMetadata('auth.verify');
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return <ConfirmLinkPage namespace="auth.verify" token={token} action={verifyEmailAction} />;
}
