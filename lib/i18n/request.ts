import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale, type Locale } from './config';

const loaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  'pt-BR': () => import('./messages/pt-BR.json'),
  en: () => import('./messages/en.json'),
};

// No locale segment in URLs: the locale comes from the NEXT_LOCALE cookie, then Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return {
    locale,
    messages: (await loaders[locale]()).default,
    timeZone: 'America/Sao_Paulo',
  };
});
