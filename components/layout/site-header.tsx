import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { AccountLink } from '@/components/auth/account-link';
import { CartDrawer } from '@/components/cart/cart-drawer';
import { CartLink } from '@/components/cart/cart-link';
import { LocaleSwitch } from '@/components/i18n/locale-switch';
import { SearchBox } from '@/components/search/search-box';
import type { CategoryLink } from '@/lib/catalog/types';

export function SiteHeader({ categories }: { categories: CategoryLink[] }) {
  const t = useTranslations('header');
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link
          href="/"
          aria-label={t('home')}
          className="rounded text-2xl font-black tracking-tight text-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
        >
          Loja
        </Link>
        <SearchBox />
        <AccountLink />
        <CartLink />
        <CartDrawer />
        <LocaleSwitch />
      </div>
      <nav aria-label={t('categories')} className="border-t border-stone-100">
        {/* Scrolls sideways on small screens instead of hiding categories behind a menu. */}
        <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 py-1 text-sm whitespace-nowrap sm:px-4">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/c/${category.slug}`}
                className="block rounded px-2.5 py-2 text-stone-700 hover:bg-stone-100 hover:text-stone-950 focus-visible:outline-2 focus-visible:outline-emerald-700"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
