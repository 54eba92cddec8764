import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { requestContextFrom } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { describeQuoteError } from '@/lib/logistics/shipping/describe-quote-error';
import { quoteShipping, type QuotedShipping } from '@/lib/logistics/shipping/quote-shipping';
import { consumeRateLimit } from '@/lib/rate-limit';
import { ShippingOptionText } from './shipping-option-text';

type Props = {
  slug: string;
  variantId: string;
  /** The page's other query parameters (the selected variant), kept by the GET form. */
  keep: Record<string, string>;
  cep: string | undefined;
};

/**
 * "Calcular frete" on the product page: a plain GET form, so it works without JavaScript; the
 * page re-renders with the options for ?cep=. Prices come from the server-side quote.
 */
export async function ProductShippingQuote({ slug, variantId, keep, cep }: Props) {
  const t = await getTranslations('shipping');
  let quote: QuotedShipping | undefined;
  let error: string | undefined;
  if (cep) {
    try {
      // The same per-IP budget as the API: this form can reach a paid geocoder too.
      await consumeRateLimit(
        'shippingQuoteIp',
        requestContextFrom(await headers()).ip ?? 'unknown',
      );
      quote = await quoteShipping(getDb(), { cep, items: [{ variantId, quantity: 1 }] });
    } catch (e) {
      error = t(describeQuoteError(e));
    }
  }
  return (
    <section
      aria-labelledby="shipping-quote-heading"
      className="flex flex-col gap-3 border-t border-stone-200 pt-5"
      id="frete"
    >
      <h2 id="shipping-quote-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <form method="get" action={`/p/${slug}#frete`} className="flex flex-wrap items-end gap-2">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="flex flex-col gap-1">
          <label htmlFor="shipping-cep" className="text-sm font-semibold text-stone-800">
            {t('cep')}
          </label>
          <input
            id="shipping-cep"
            name="cep"
            inputMode="numeric"
            autoComplete="postal-code"
            defaultValue={cep}
            maxLength={9}
            aria-describedby="shipping-cep-hint"
            aria-invalid={error ? true : undefined}
            className="w-36 rounded-md border border-stone-400 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-full border border-emerald-800 px-4 py-2 font-semibold text-emerald-900 hover:bg-emerald-50"
        >
          {t('calculate')}
        </button>
        <p id="shipping-cep-hint" className="w-full text-xs text-stone-600">
          {t('cepHint')}
        </p>
      </form>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
        {quote && <QuoteList quote={quote} />}
      </div>
    </section>
  );
}

async function QuoteList({ quote }: { quote: QuotedShipping }) {
  const t = await getTranslations('shipping');
  if (quote.options.length === 0) return <p className="text-sm">{t('noOptions')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ul
        className="divide-y divide-stone-200 rounded-md border border-stone-200"
        data-testid="shipping-options"
      >
        {quote.options.map((option) => (
          <li key={option.id} className="flex px-3 py-2">
            <ShippingOptionText option={option} />
          </li>
        ))}
      </ul>
      {quote.unavailable.map((u) => (
        <p key={u.service} className="text-sm text-stone-700">
          {t('unavailable', { label: u.label, reason: t(`reason.${u.reason}`) })}
        </p>
      ))}
      {quote.location.precision < 8 && <p className="text-xs text-stone-600">{t('approximate')}</p>}
    </div>
  );
}
