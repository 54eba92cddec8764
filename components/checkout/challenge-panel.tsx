'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

/** Sandbox 3-D Secure: the demo stands in for the bank's challenge with one button. */
export function ChallengePanel({ reference }: { reference: string }) {
  const t = useTranslations('checkout');
  const router = useRouter();
  async function approve() {
    await fetch(`/api/payments/sandbox/pix/${reference}/simulate`, { method: 'POST' });
    router.refresh();
  }
  return (
    <section
      aria-labelledby="challenge-heading"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
    >
      <h2 id="challenge-heading" className="text-lg font-semibold">
        {t('challengeTitle')}
      </h2>
      <p className="text-sm">{t('challengeBody')}</p>
      <button
        type="button"
        onClick={() => void approve()}
        className="self-start rounded-full bg-amber-700 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-800"
      >
        {t('challengeApprove')}
      </button>
    </section>
  );
}
