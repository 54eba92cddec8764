'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from '@/lib/i18n/config';

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Stores the chosen UI language. Setting a cookie in an action makes Next re-render the current
 * route, so the page comes back translated; without JavaScript the form post does the same.
 * Anything but a supported locale is ignored. No authentication: the choice is per browser.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: 'lax',
  });
}
