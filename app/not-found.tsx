import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-24 text-center">
      <p className="text-6xl font-black text-emerald-800" aria-hidden="true">
        404
      </p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('text')}</p>
      <Link
        href="/"
        className="rounded-full bg-emerald-800 px-6 py-3 font-semibold text-white hover:bg-emerald-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
      >
        {t('home')}
      </Link>
    </div>
  );
}
