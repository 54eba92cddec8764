import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';

/** Products per sitemap file; the protocol allows 50,000, smaller files are cheaper to build. */
export const SITEMAP_SHARD_SIZE = 10_000;

export type SitemapEntry = { path: string; lastModified: Date };

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** Shard names: "categories", then "products-0" … one per SITEMAP_SHARD_SIZE active products. */
export async function listSitemapShards(db: Executor): Promise<string[]> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from products where status = 'active'`,
  );
  const shards = Math.max(1, Math.ceil((rows[0]?.n ?? 0) / SITEMAP_SHARD_SIZE));
  return ['categories', ...Array.from({ length: shards }, (_, i) => `products-${i}`)];
}

/** The entries of one shard, or null when the shard does not exist. */
export async function listSitemapEntries(
  db: Executor,
  shard: string,
): Promise<SitemapEntry[] | null> {
  if (shard === 'categories') {
    const { rows } = await db.execute<{ slug: string; updated_at: string }>(
      sql`select slug, updated_at from categories order by slug`,
    );
    return [
      { path: '/', lastModified: new Date() },
      ...rows.map((r) => ({ path: `/c/${r.slug}`, lastModified: new Date(r.updated_at) })),
    ];
  }
  const match = /^products-(\d{1,6})$/.exec(shard);
  if (!match) return null;
  const index = Number(match[1]);
  // Ordered by id, which never changes, so a product stays in the same shard across requests.
  const { rows } = await db.execute<{ slug: string; updated_at: string }>(sql`
    select slug, updated_at from products where status = 'active'
    order by id limit ${SITEMAP_SHARD_SIZE} offset ${index * SITEMAP_SHARD_SIZE}`);
  if (rows.length === 0 && index > 0) return null;
  return rows.map((r) => ({ path: `/p/${r.slug}`, lastModified: new Date(r.updated_at) }));
}

export function renderSitemapIndex(baseUrl: string, shards: string[]): string {
  const items = shards.map(
    (s) => `<sitemap><loc>${escapeXml(`${baseUrl}/sitemaps/${s}.xml`)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</sitemapindex>\n`;
}

export function renderUrlSet(baseUrl: string, entries: SitemapEntry[]): string {
  const items = entries.map(
    (e) =>
      `<url><loc>${escapeXml(`${baseUrl}${e.path}`)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</urlset>\n`;
}
