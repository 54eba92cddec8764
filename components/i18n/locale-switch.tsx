import { useLocale, useTranslations } from 'next-intl';
import { LOCALES } from '@/lib/i18n/config';
import { setLocale } from './actions';

const SHORT: Record<(typeof LOCALES)[number], string> = { 'pt-BR': 'PT', en: 'EN' };

/** Two submit buttons in one form: works with and without JavaScript. */
export function LocaleSwitch() {
  const t = useTranslations('locale');
  const current = useLocale();
  return (
    <form
      action={setLocale}
      data-testid="locale-switch"
      aria-label={t('label')}
      className="flex items-center rounded-full border border-stone-300 p-0.5 text-xs font-semibold"
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          data-locale={locale}
          className="rounded-full px-2.5 py-1 text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 aria-pressed:bg-emerald-800 aria-pressed:text-white"
        >
          <span aria-hidden="true">{SHORT[locale]}</span>
          <span className="sr-only" lang={locale}>
            {t(locale)}
          </span>
        </button>
      ))}
    </form>
  );
}
