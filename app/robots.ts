import type { MetadataRoute } from 'next';
import { resolveBaseUrl } from '@/lib/seo/base-url';

// Built per request: the sitemap URL depends on APP_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // /search stays crawlable so crawlers can read its noindex; APIs and metrics are not pages.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/metrics'] },
    sitemap: `${resolveBaseUrl()}/sitemap.xml`,
  };
}
