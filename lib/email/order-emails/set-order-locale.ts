import 'server-only';
import { orderLocales } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/config';

/** Remembers the checkout language so the order's e-mails speak it (first write wins). */
export async function setOrderLocale(db: Executor, orderId: string, locale: Locale) {
  await db.insert(orderLocales).values({ orderId, locale }).onConflictDoNothing();
}
