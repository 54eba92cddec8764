import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CategoryLink } from '@/lib/catalog/types';

export function SiteFooter({ categories }: { categories: CategoryLink[] }) {
  const t = useTranslations('footer');
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-100 text-sm text-stone-700">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="text-xl font-black text-emerald-800">Loja</p>
          <p className="mt-2">{t('tagline')}</p>
        </div>
        <nav aria-label={t('categories')}>
          <h2 className="font-semibold text-stone-900">{t('categories')}</h2>
          <ul className="mt-2 grid grid-cols-2 gap-1">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/c/${category.slug}`} className="hover:underline">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="font-semibold text-stone-900">{t('help')}</h2>
          <ul className="mt-2 space-y-1">
            <li>{t('shipping')}</li>
            <li>{t('payments')}</li>
            <li>{t('exchanges')}</li>
          </ul>
        </div>
      </div>
      <p className="border-t border-stone-200 px-4 py-4 text-center text-xs">
        {t('copyright', { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
