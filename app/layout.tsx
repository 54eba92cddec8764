import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { getEnv } from '@/lib/env';
import './globals.css';

// Every page depends on the locale cookie and live stock: render per request, never at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  const env = getEnv();
  return {
    // Absolute social-card URLs need a base; without APP_URL, the local server's.
    metadataBase: new URL(env.APP_URL ?? `http://localhost:${env.PORT}`),
    icons: { icon: '/favicon.svg' },
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, tree] = await Promise.all([
    getLocale(),
    getTranslations('header'),
    listCategoryTree(),
  ]);
  const categories = tree.map(({ slug, name }) => ({ slug, name }));
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
          >
            {t('skipToContent')}
          </a>
          <SiteHeader categories={categories} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter categories={categories} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
