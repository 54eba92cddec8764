'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Pix copy-and-paste code with a countdown; the page refreshes itself every few seconds so it
 * flips to paid when the payment confirms. In demo mode a button plays the shopper's bank.
 */
export function PixPanel(props: {
  code: string;
  expiresAt: string;
  reference: string;
  demo: boolean;
}) {
  const t = useTranslations('checkout');
  const router = useRouter();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const poll = setInterval(() => router.refresh(), 3000);
    return () => {
      clearInterval(tick);
      clearInterval(poll);
    };
  }, [router]);
  const left = now === null ? null : Math.max(0, new Date(props.expiresAt).getTime() - now);
  const mmss =
    left === null
      ? ''
      : `${String(Math.floor(left / 60_000)).padStart(2, '0')}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, '0')}`;
  async function simulate() {
    await fetch(`/api/payments/sandbox/pix/${props.reference}/simulate`, { method: 'POST' });
    router.refresh();
  }
  return (
    <section
      aria-labelledby="pix-heading"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
    >
      <h2 id="pix-heading" className="text-lg font-semibold">
        {t('pixTitle')}
      </h2>
      <label htmlFor="pix-code" className="text-sm font-semibold">
        {t('pixCode')}
      </label>
      <textarea
        id="pix-code"
        readOnly
        value={props.code}
        rows={3}
        className="rounded-md border border-stone-400 p-2 font-mono text-xs"
      />
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(props.code)}
        className="self-start rounded-full border border-stone-400 px-4 py-2 text-sm font-semibold"
      >
        {t('pixCopy')}
      </button>
      <p className="text-sm" aria-live="off">
        {t('pixExpiresIn', { time: mmss })}
      </p>
      {props.demo && (
        <button
          type="button"
          onClick={() => void simulate()}
          className="self-start rounded-full bg-amber-700 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-800"
        >
          {t('pixSimulate')}
        </button>
      )}
    </section>
  );
}
