import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentActor } from '@/lib/auth/current-actor';

/** The header's way into the account: "My account" when signed in, "Sign in" otherwise. */
export async function AccountLink() {
  const [t, actor] = await Promise.all([getTranslations('header'), getCurrentActor()]);
  return (
    <Link
      href={actor ? '/account' : '/sign-in'}
      data-testid="account-link"
      className="rounded px-2 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
    >
      {actor ? t('account') : t('signIn')}
    </Link>
  );
}
