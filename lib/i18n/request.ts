import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale } from './config';
import { MESSAGES } from './messages';
import { STORE_TIME_ZONE } from '@/lib/time/store-clock';

// No locale segment in URLs: the locale comes from the NEXT_LOCALE cookie, then Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return { locale, messages: MESSAGES[locale], timeZone: STORE_TIME_ZONE };
});
