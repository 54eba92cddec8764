import { useLocale, useTranslations } from 'next-intl';
import { FORMAT_LOCALE, isLocale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';

type PriceProps = {
  cents: number;
  compareAtCents: number | null;
  currency: string;
  from?: boolean;
  size?: 'md' | 'lg';
};

export function Price({ cents, compareAtCents, currency, from = false, size = 'md' }: PriceProps) {
  const t = useTranslations('product');
  const locale = useLocale();
  const format = (value: number) =>
    formatMoney(value, currency, isLocale(locale) ? FORMAT_LOCALE[locale] : locale);
  return (
    <p
      data-testid="product-price"
      data-cents={cents}
      className="flex flex-wrap items-baseline gap-x-2"
    >
      {compareAtCents !== null && compareAtCents > cents && (
        <s className="text-sm text-stone-600">
          <span className="sr-only">{t('was')} </span>
          {format(compareAtCents)}
        </s>
      )}
      <span
        className={
          size === 'lg' ? 'text-3xl font-bold text-stone-950' : 'text-lg font-bold text-stone-950'
        }
      >
        {from && <span className="mr-1 text-xs font-normal text-stone-600">{t('from')}</span>}
        {compareAtCents !== null && <span className="sr-only">{t('now')} </span>}
        {format(cents)}
      </span>
    </p>
  );
}
