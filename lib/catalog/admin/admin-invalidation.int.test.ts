import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { createMemoryCache } from '@/lib/cache/memory';
import { createRedisCache, createRedisClient } from '@/lib/cache/redis';
import { createTaggedCache, type TaggedCache } from '@/lib/cache/tagged-cache';
import { getCachedProductBySlugOrThrow } from '@/lib/catalog/get-product-by-slug-or-throw';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { createPostgresDriver } from '@/lib/search/postgres/postgres-driver';
import { createFailover } from '@/lib/search/search-drivers';
import { parseSearchParams } from '@/lib/search/search-params';
import { searchProducts } from '@/lib/search/search-products';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { updateCategory } from './update-category';
import { updateProduct, updateVariant } from './update-product';
import { testSetting } from '@/lib/env';

const redisUrl = testSetting('TEST_REDIS_URL');
if (!redisUrl)
  console.warn(
    'Skipping the two-instance invalidation test: set TEST_REDIS_URL to run it against Redis.',
  );

type Instance = {
  cache: TaggedCache;
  search: (q: string) => Promise<string[]>;
  product: (slug: string) => Promise<{ name: string; stock: number[]; category: string }>;
};

function describeInvalidation(
  name: string,
  makeCaches: () => [TaggedCache, TaggedCache, () => void],
) {
  describe(`admin edits invalidate caches (${name})`, () => {
    let test: TestDatabase;
    let ids: Map<string, string>;
    let a: Instance;
    let b: Instance;
    let close: () => void;

    const instance = (cache: TaggedCache): Instance => {
      const deps = {
        db: test.db,
        cache,
        failover: createFailover(
          { primary: createPostgresDriver(test.db), fallback: null },
          () => {},
        ),
        listTree: () => listCategoryTree(test.db),
      };
      return {
        cache,
        search: async (q) =>
          (await searchProducts(parseSearchParams({ q }), deps)).items.map((i) => i.name),
        product: async (slug) => {
          const p = await getCachedProductBySlugOrThrow(slug, test.db, cache);
          return {
            name: p.name,
            stock: p.variants.map((v) => v.onHand),
            category: p.category.name,
          };
        },
      };
    };

    beforeAll(async () => {
      test = await createTestDatabase();
      ids = await insertSearchFixtures(test.db);
      const [one, two, done] = makeCaches();
      close = done;
      a = instance(one);
      b = instance(two);
    });
    afterAll(async () => {
      close();
      await test.drop();
    });

    it('a product edit on one instance refreshes search and product reads on the other', async () => {
      expect(await a.search('cafe')).toEqual(['Café Especial Torrado em Grãos']);
      expect((await a.product('cafe-especial-torrado')).name).toBe(
        'Café Especial Torrado em Grãos',
      );
      expect((await a.product('tenis-adidas-runner')).name).toBe('Tênis Adidas Runner');

      // A write that bypasses the admin functions proves the reads above are really cached…
      await test.db.execute(
        sql`update products set name = 'Café Stale' where slug = 'cafe-especial-torrado'`,
      );
      await test.db.execute(
        sql`update products set name = 'Tênis Stale' where slug = 'tenis-adidas-runner'`,
      );
      expect((await b.product('cafe-especial-torrado')).name).toBe(
        'Café Especial Torrado em Grãos',
      );

      // …and the admin edit on instance B invalidates exactly the edited product, everywhere.
      await updateProduct(
        ids.get('cafe-especial-torrado')!,
        { name: 'Café Gourmet Moído' },
        test.db,
        b.cache,
      );
      expect(await a.search('cafe')).toEqual(['Café Gourmet Moído']);
      expect((await a.product('cafe-especial-torrado')).name).toBe('Café Gourmet Moído');
      expect((await a.product('tenis-adidas-runner')).name).toBe('Tênis Adidas Runner');
    });

    it('stock is never served from the cache; a price edit invalidates', async () => {
      const slug = 'smartphone-galaxia';
      expect((await a.product(slug)).stock).toEqual([2]);
      await test.db.execute(sql`update inventory_levels set on_hand = 0 where variant_id in
        (select id from variants where sku = 'FX-SMA-01')`);
      expect((await a.product(slug)).stock).toEqual([0]);

      const [variant] = (
        await test.db.execute<{ id: string }>(sql`select id from variants where sku = 'FX-SMA-01'`)
      ).rows;
      const before = (
        await searchProducts(parseSearchParams({ q: 'galaxia' }), {
          db: test.db,
          cache: a.cache,
          failover: createFailover(
            { primary: createPostgresDriver(test.db), fallback: null },
            () => {},
          ),
          listTree: () => listCategoryTree(test.db),
        })
      ).items[0]?.priceCents;
      expect(before).toBe(149_990);
      await updateVariant(variant!.id, { priceCents: 99_990 }, test.db, b.cache);
      const after = await searchProducts(parseSearchParams({ q: 'galaxia' }), {
        db: test.db,
        cache: a.cache,
        failover: createFailover(
          { primary: createPostgresDriver(test.db), fallback: null },
          () => {},
        ),
        listTree: () => listCategoryTree(test.db),
      });
      expect(after.items[0]?.priceCents).toBe(99_990);
    });

    it('a category rename reaches product breadcrumbs and search on the other instance', async () => {
      expect((await a.product('tenis-adidas-runner')).category).toBe('Calçados');
      const [category] = (
        await test.db.execute<{ id: string }>(
          sql`select id from categories where slug = 'calcados-fx'`,
        )
      ).rows;
      await updateCategory(category!.id, { name: 'Sapatos' }, test.db, b.cache);
      expect((await a.product('tenis-adidas-runner')).category).toBe('Sapatos');
      expect(await a.search('sapatos')).toEqual(['Tênis Stale']);
    });
  });
}

describeInvalidation('one instance, in-process LRU', () => {
  const cache = createTaggedCache(createMemoryCache());
  return [cache, cache, () => {}];
});

describe.skipIf(!redisUrl)('with Redis', () => {
  describeInvalidation('two instances sharing Redis', () => {
    const prefix = `loja-test-${randomUUID()}`;
    const clients = [createRedisClient(redisUrl ?? ''), createRedisClient(redisUrl ?? '')];
    return [
      createTaggedCache(createRedisCache(clients[0]!), { prefix }),
      createTaggedCache(createRedisCache(clients[1]!), { prefix }),
      () => clients.forEach((c) => c.disconnect()),
    ];
  });
});
