import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const LINKS = [
  ['/account', 'navProfile'],
  ['/account/addresses', 'navAddresses'],
  ['/account/orders', 'navOrders'],
  ['/account/security', 'navSecurity'],
  ['/account/privacy', 'navPrivacy'],
] as const;

export async function AccountNav({ current }: { current: (typeof LINKS)[number][0] }) {
  const t = await getTranslations('account');
  return (
    <nav aria-label={t('nav')}>
      <ul className="flex flex-wrap gap-1 text-sm sm:flex-col">
        {LINKS.map(([href, key]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={href === current ? 'page' : undefined}
              className="block rounded px-3 py-2 text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700 aria-[current=page]:bg-emerald-50 aria-[current=page]:font-semibold aria-[current=page]:text-emerald-900"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
