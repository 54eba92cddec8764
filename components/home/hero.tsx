import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CategoryLink } from '@/lib/catalog/types';

export function Hero({ highlight }: { highlight?: CategoryLink }) {
  const t = useTranslations('home');
  return (
    <section className="bg-gradient-to-br from-emerald-900 via-emerald-800 to-teal-700 text-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-5 px-4 py-14 sm:px-6 sm:py-20">
        <h1 className="max-w-3xl text-3xl font-black tracking-tight text-balance sm:text-5xl">
          {t('heroTitle')}
        </h1>
        <p className="max-w-2xl text-lg text-emerald-50">{t('heroText')}</p>
        {highlight && (
          <p>
            <Link
              href={`/c/${highlight.slug}`}
              className="inline-block rounded-full bg-amber-300 px-6 py-3 font-semibold text-stone-950 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
            >
              {t('heroCta', { category: highlight.name })}
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
