import type { estypes } from '@elastic/elasticsearch';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { createPostgresDriver } from '../postgres/postgres-driver';
import { createFailover } from '../search-drivers';
import { parseSearchParams } from '../search-params';
import { searchProducts } from '../search-products';
import { insertSearchFixtures } from '../testing/search-fixtures';
import type { DriverQuery } from '../types';
import { createElasticsearchClient } from '../elasticsearch-client';
import { createElasticsearchDriver } from './elasticsearch-driver';
import { reindexElasticsearch } from './reindex';
import { countSearchOutbox, syncSearchOutbox } from './sync-outbox';
import { startElasticsearchStandIn } from './testing/elasticsearch-stand-in';

const ALIAS = 'loja-products-test';

describe('Elasticsearch driver against a wire-format stand-in', () => {
  let test: TestDatabase;
  let es: Awaited<ReturnType<typeof startElasticsearchStandIn>>;
  let ids: Map<string, string>;
  const client = () =>
    createElasticsearchClient({ url: es.url, requestTimeoutMs: 500, maxRetries: 0 });

  beforeAll(async () => {
    test = await createTestDatabase();
    ids = await insertSearchFixtures(test.db);
    es = await startElasticsearchStandIn();
  });
  afterAll(async () => {
    await es.close();
    await test.drop();
  });
  beforeEach(() => {
    es.setDown(false);
    es.setResponder(null);
  });

  it('reindex builds a Portuguese index, bulk-loads every document and swaps the alias atomically', async () => {
    const progress: number[] = [];
    const first = await reindexElasticsearch(test.db, client(), {
      alias: ALIAS,
      batchSize: 3,
      onProgress: (n) => progress.push(n),
    });
    expect(first.documents).toBe(7);
    expect(progress).toEqual([3, 6, 7]);
    const created = es.seen.find((c) => c.method === 'PUT' && c.path === `/${first.index}`)
      ?.body as {
      settings: {
        analysis: {
          analyzer: Record<string, { filter: string[] }>;
          filter: Record<string, { type: string; language?: string }>;
        };
      };
    };
    expect(created.settings.analysis.analyzer.loja_pt?.filter).toEqual([
      'lowercase',
      'asciifolding',
      'loja_pt_stop',
      'loja_pt_stemmer',
    ]);
    expect(created.settings.analysis.filter.loja_pt_stemmer).toEqual({
      type: 'stemmer',
      language: 'light_portuguese',
    });
    expect(created.settings.analysis.filter.loja_edge?.type).toBe('edge_ngram');
    expect(es.aliases.get(ALIAS)).toBe(first.index);
    const cafe = es.docsOf(ALIAS).get(ids.get('cafe-especial-torrado')!);
    expect(cafe).toMatchObject({
      name: 'Café Especial Torrado em Grãos',
      categories_text: 'Mercado',
      in_stock: true,
      min_price: 3_490,
    });
    expect(cafe?.identifiers).toEqual(['fx-caf-01', '7891234567895']);

    await new Promise((r) => setTimeout(r, 5));
    es.seen.length = 0;
    const second = await reindexElasticsearch(test.db, client(), { alias: ALIAS });
    const swap = es.seen.find((c) => c.path === '/_aliases')?.body as { actions: unknown[] };
    expect(swap.actions).toEqual([
      { remove: { index: first.index, alias: ALIAS } },
      { add: { index: second.index, alias: ALIAS } },
    ]);
    expect(second.removed).toEqual([first.index]);
    expect(es.indices.has(first.index)).toBe(false);
  });

  it('the outbox keeps writes while Elasticsearch is down and applies them when it returns', async () => {
    const cafeId = ids.get('cafe-especial-torrado')!;
    await test.db.execute(sql`update products set name = 'Café Gourmet' where id = ${cafeId}`);
    expect(await countSearchOutbox(test.db)).toBe(1);

    es.setDown(true);
    expect(await syncSearchOutbox(test.db, client(), { alias: ALIAS })).toEqual({
      indexed: 0,
      deleted: 0,
      failed: 1,
    });
    const [queued] = (
      await test.db.execute<{ attempts: number; retry_later: boolean; last_error: string }>(sql`
      select attempts, available_at > now() as retry_later, last_error from search_outbox`)
    ).rows;
    expect(queued).toMatchObject({ attempts: 1, retry_later: true });
    expect(es.docsOf(ALIAS).get(cafeId)?.name).toBe('Café Especial Torrado em Grãos');

    es.setDown(false);
    await test.db.execute(sql`update search_outbox set available_at = now()`);
    await test.db.execute(
      sql`update products set status = 'archived' where slug = 'tenis-adidas-runner'`,
    );
    expect(await syncSearchOutbox(test.db, client(), { alias: ALIAS })).toEqual({
      indexed: 1,
      deleted: 1,
      failed: 0,
    });
    expect(es.docsOf(ALIAS).get(cafeId)?.name).toBe('Café Gourmet');
    expect(es.docsOf(ALIAS).has(ids.get('tenis-adidas-runner')!)).toBe(false);
    expect(await countSearchOutbox(test.db)).toBe(0);
  });

  it('sends one request with post_filter, per-facet filters and a spelling suggester; maps the answer', async () => {
    const query: DriverQuery = {
      ...parseSearchParams({
        q: 'camiseta',
        brand: 'Urbano',
        opt: ['Cor:Azul'],
        price: '0-50',
        sort: 'price_asc',
      }),
      categoryId: null,
      plan: {
        groups: [{ word: 'camiseta', alternatives: ['camiseta'], prefix: false }],
        correctedQuery: null,
        identifier: null,
        unmatchedWords: [],
      },
    };
    es.setResponder(() => ({
      took: 2,
      hits: { total: { value: 1, relation: 'eq' }, hits: [{ _id: 'p1', _score: 3 }] },
      aggregations: {
        categories: { doc_count: 2, values: { buckets: [{ key: 'c1', doc_count: 2 }] } },
        brands: {
          doc_count: 3,
          values: {
            buckets: [
              { key: 'Urbano', doc_count: 2 },
              { key: 'Rio', doc_count: 1 },
            ],
          },
        },
        prices: {
          doc_count: 1,
          values: { buckets: { '0-50': { doc_count: 1 }, '50-100': { doc_count: 0 } } },
        },
        options: {
          doc_count: 1,
          values: {
            buckets: [
              { key: 'Cor=Azul', doc_count: 1 },
              { key: 'Tamanho=M', doc_count: 1 },
            ],
          },
        },
        option_0: {
          doc_count: 2,
          values: {
            buckets: [
              { key: 'Cor=Azul', doc_count: 1 },
              { key: 'Cor=Verde', doc_count: 1 },
            ],
          },
        },
        in_stock: { doc_count: 1 },
      },
      suggest: { did_you_mean: [{ text: 'camiseta', offset: 0, length: 8, options: [] }] },
    }));
    const result = await createElasticsearchDriver(client(), ALIAS).search(query);
    expect(result).toEqual({
      ids: ['p1'],
      total: 1,
      facets: {
        categories: { c1: 2 },
        brands: { Urbano: 2, Rio: 1 },
        prices: { '0-50': 1 },
        options: { 'Tamanho=M': 1, 'Cor=Azul': 1, 'Cor=Verde': 1 },
        inStock: 1,
      },
      suggestion: null,
    });
    const body = es.seen.at(-1)?.body as estypes.SearchRequest;
    const aggs = body.aggregations ?? {};
    expect(es.seen.at(-1)?.path).toBe(`/${ALIAS}/_search`);
    expect(body.post_filter?.bool?.filter).toHaveLength(3);
    expect(aggs.brands?.filter?.bool?.filter).not.toContainEqual({
      terms: { brand: ['Urbano'] },
    });
    expect(aggs.option_0?.filter?.bool?.filter).not.toContainEqual({
      terms: { option_values: ['Cor=Azul'] },
    });
    expect(aggs.option_0?.aggs?.values?.terms?.include).toBe('Cor=.*');
    expect((body.sort as unknown[])[0]).toEqual({ min_price: 'asc' });
    expect(body.suggest?.did_you_mean).toMatchObject({ term: { field: 'name.folded' } });
    expect(JSON.stringify(body.query)).toContain('"fuzziness":"AUTO"');
  });

  it('answers from PostgreSQL when Elasticsearch fails, and stops asking it for a while', async () => {
    es.setDown(true);
    const failures: unknown[] = [];
    const deps = {
      db: test.db,
      cache: createTaggedCache(createMemoryCache()),
      failover: createFailover(
        {
          primary: createElasticsearchDriver(client(), ALIAS),
          fallback: createPostgresDriver(test.db),
        },
        (e) => failures.push(e),
      ),
      listTree: () => listCategoryTree(test.db),
    };
    const result = await searchProducts(parseSearchParams({ q: 'camiseta' }), deps);
    expect(result.driver).toBe('postgres');
    expect(result.total).toBe(3);
    expect(failures).toHaveLength(1);
    const calls = es.seen.length;
    await searchProducts(parseSearchParams({ q: 'bermuda' }), deps);
    expect(es.seen.length).toBe(calls);
  });
});
