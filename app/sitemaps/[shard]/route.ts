import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { resolveBaseUrl } from '@/lib/seo/base-url';
import { listSitemapEntries, renderUrlSet } from '@/lib/seo/sitemap';

/** One sitemap shard: /sitemaps/categories.xml, /sitemaps/products-0.xml, … */
export const GET = apiHandler(
  {
    auth: 'public',
    route: '/sitemaps/[shard]',
    params: z.object({
      shard: z
        .string()
        .regex(/^[a-z0-9-]+\.xml$/)
        .transform((s) => s.slice(0, -4)),
    }),
  },
  async ({ req, params }) => {
    const entries = await listSitemapEntries(getDb(), params.shard);
    if (!entries) throw new AppError('not_found', `No sitemap "${params.shard}".`);
    return new Response(renderUrlSet(resolveBaseUrl(req.url), entries), {
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'cache-control': 'public, max-age=3600',
      },
    });
  },
);
