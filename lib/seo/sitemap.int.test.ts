import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { listSitemapEntries, listSitemapShards, renderSitemapIndex, renderUrlSet } from './sitemap';

describe('sitemap', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await insertSearchFixtures(test.db);
  });
  afterAll(() => test.drop());

  it('indexes a categories shard and product shards, and lists every active product once', async () => {
    const shards = await listSitemapShards(test.db);
    expect(shards).toEqual(['categories', 'products-0']);
    const products = await listSitemapEntries(test.db, 'products-0');
    expect(products?.map((e) => e.path)).toContain('/p/cafe-especial-torrado');
    expect(products).toHaveLength(7);
    expect((await listSitemapEntries(test.db, 'categories'))?.map((e) => e.path)).toContain(
      '/c/roupas',
    );
    expect(await listSitemapEntries(test.db, 'products-9')).toBeNull();
    expect(await listSitemapEntries(test.db, 'users')).toBeNull();
  });

  it('renders valid, escaped XML with absolute URLs', () => {
    expect(renderSitemapIndex('https://x.test', ['categories'])).toContain(
      '<sitemap><loc>https://x.test/sitemaps/categories.xml</loc></sitemap>',
    );
    const xml = renderUrlSet('https://x.test', [{ path: '/c/a&b', lastModified: new Date(0) }]);
    expect(xml).toContain(
      '<loc>https://x.test/c/a&amp;b</loc><lastmod>1970-01-01T00:00:00.000Z</lastmod>',
    );
  });
});
