'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

/**
 * Boleto instructions: the typable line to copy, the PDF to print and the due date. Boletos clear
 * in days, so the page does not poll; in demo mode a button plays the bank's confirmation.
 */
export function BoletoPanel(props: {
  line: string;
  pdfUrl: string | null;
  dueAt: Date | null;
  reference: string;
  demo: boolean;
}) {
  const t = useTranslations('boleto');
  const format = useFormatter();
  const router = useRouter();
  async function simulate() {
    await fetch(`/api/payments/sandbox/pix/${props.reference}/simulate`, { method: 'POST' });
    router.refresh();
  }
  return (
    <section
      aria-labelledby="boleto-heading"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
      data-testid="boleto-panel"
    >
      <h2 id="boleto-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <label htmlFor="boleto-line" className="text-sm font-semibold">
        {t('line')}
      </label>
      <input
        id="boleto-line"
        readOnly
        value={props.line}
        className="rounded-md border border-stone-400 p-2 font-mono text-sm"
      />
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(props.line.replace(/\D/g, ''))}
        className="self-start rounded-full border border-stone-400 px-4 py-2 text-sm font-semibold"
      >
        {t('copy')}
      </button>
      {props.pdfUrl ? (
        <a
          href={props.pdfUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="self-start font-semibold text-emerald-800 underline"
        >
          {t('pdf')}
        </a>
      ) : (
        props.demo && <p className="text-sm text-stone-700">{t('noPdfDemo')}</p>
      )}
      {props.dueAt && (
        <p className="text-sm">
          {t('due', { date: format.dateTime(props.dueAt, { dateStyle: 'long' }) })}
        </p>
      )}
      <p className="text-sm text-stone-700">{t('clearing')}</p>
      {props.demo && (
        <button
          type="button"
          onClick={() => void simulate()}
          className="self-start rounded-full bg-amber-700 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-800"
        >
          {t('simulate')}
        </button>
      )}
    </section>
  );
}
