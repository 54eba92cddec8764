import type { Metadata } from 'next';
import { unlockAccountAction } from '@/components/auth/actions';
import { ConfirmLinkPage, confirmLinkMetadata } from '@/components/auth/confirm-link-page';

export async function generateMetadata(): Promise<Metadata> {
  return confirmLinkMetadata('auth.unlock');
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function UnlockPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return <ConfirmLinkPage namespace="auth.unlock" token={token} action={unlockAccountAction} />;
}
