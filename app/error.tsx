'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Client by necessity (Next requires it); the digest lets support find the server log line. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('error');
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-24 text-center"
    >
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('text')}</p>
      {error.digest && <p className="font-mono text-xs text-stone-600">{error.digest}</p>}
      <div className="flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-full bg-emerald-800 px-6 py-3 font-semibold text-white hover:bg-emerald-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
        >
          {t('retry')}
        </button>
        <Link
          href="/"
          className="rounded-full border border-stone-300 px-6 py-3 font-semibold hover:bg-stone-100"
        >
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
