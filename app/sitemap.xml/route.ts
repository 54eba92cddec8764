import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { resolveBaseUrl } from '@/lib/seo/base-url';
import { listSitemapShards, renderSitemapIndex } from '@/lib/seo/sitemap';

/** A sitemap index: one file for categories, one per 10,000 products. */
export const GET = apiHandler({ auth: 'public', route: '/sitemap.xml' }, async ({ req }) => {
  const xml = renderSitemapIndex(resolveBaseUrl(req.url), await listSitemapShards(getDb()));
  return new Response(xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
});
