/**
 * `npm run bench:search`: latency and throughput of product search on a large catalog (seed it
 * with `npm run db:seed -- --products 100000`), against a bare hand-written full-text query
 * measured in the same run, plus relevance (NDCG@10, recall@10) on the demo catalog. Prints JSON.
 *
 *   --db URL         catalog to measure (default DATABASE_URL, else postgres://…/loja_bench)
 *   --demo-db URL    demo-only catalog for relevance (created and seeded when missing)
 *   --rounds N       passes over each query set (default 5)
 *   --http           also measure over HTTP against `next start` on the current build
 *   --relevance-only skip the latency measurements
 *
 * Runs with the react-server condition so the app's server-only modules load in a script.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import type { Database } from '@/lib/db/client';
import { createPostgresDriver } from '@/lib/search/postgres/postgres-driver';
import { createFailover } from '@/lib/search/search-drivers';
import { parseSearchParams } from '@/lib/search/search-params';
import { searchProducts, type SearchDeps } from '@/lib/search/search-products';
import { suggestSearch } from '@/lib/search/suggest-search';
import { setSynonyms } from '@/lib/search/synonyms';
import { measureHttp } from './search-http';
import { FACETED, PREFIXES, readWandsQueries, TYPICAL, TYPOS } from './search-queries';
import { scoreRanking } from './search-relevance';
import { ratio, runLoad } from './search-stats';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    'demo-db': { type: 'string' },
    rounds: { type: 'string', default: '5' },
    http: { type: 'boolean', default: false },
    'relevance-only': { type: 'boolean', default: false },
  },
});
const rounds = Number(args.rounds);
const benchUrl =
  args.db ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/loja_bench';
const demoUrl = args['demo-db'] ?? benchUrl.replace(/\/[^/]*$/, '/loja_bench_demo');
/** What a store admin would configure; relevance is scored with these in place. */
const DEMO_SYNONYMS = [
  ['celular', 'smartphone'],
  ['fone de ouvido', 'headphone', 'headset', 'fone'],
];

function connect(url: string): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return { pool, db: drizzle(pool, { schema }) };
}

function serviceDeps(db: Database): SearchDeps {
  const cache = createTaggedCache(createMemoryCache(50_000));
  return {
    db,
    cache,
    failover: createFailover({ primary: createPostgresDriver(db), fallback: null }, () => {}),
    // As in the app: the category tree is served from the cache.
    listTree: () =>
      cache.remember('catalog:category-tree', { tags: ['category-tree'], ttlSeconds: 600 }, () =>
        listCategoryTree(db),
      ),
  };
}

async function ensureDemoDatabase(url: string) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) await admin.query(`create database "${name}"`);
  await admin.end();
  await runMigrations(url);
  const { db, pool } = connect(url);
  await seedDemo(db);
  return { db, pool };
}

async function measureLatency(db: Database) {
  const deps = serviceDeps(db);
  const cold = () => deps.cache.invalidateTags(['search']);
  const search = (params: Record<string, string | string[]>) =>
    searchProducts(parseSearchParams(params), deps);
  const bareRanked = (q: string) =>
    db.execute(sql`select d.product_id from search_documents d, websearch_to_tsquery('loja_pt', ${q}) q
      where d.document @@ q order by ts_rank(d.document, q) desc limit 24`);
  const bareFaceted = (q: string) =>
    db.execute(sql`with m as (select d.product_id, d.brand, d.category_id, ts_rank(d.document, q) r
        from search_documents d, websearch_to_tsquery('loja_pt', ${q}) q where d.document @@ q)
      select (select json_agg(product_id) from (select product_id from m order by r desc limit 24) t) ids,
        (select count(*) from m) total,
        (select json_object_agg(coalesce(brand, ''), n) from (select brand, count(*) n from m group by brand) b) brands,
        (select json_object_agg(category_id, n) from (select category_id, count(*) n from m group by category_id) c) categories`);
  const barePrefix = (q: string) =>
    db.execute(sql`select d.product_id from search_documents d
      where d.document @@ to_tsquery('loja_simple', ${`${q.trim().split(/\s+/).join(' & ')}:*`}) limit 6`);

  const typical = TYPICAL.map((q) => ({ q }));
  const typos = TYPOS.map((q) => ({ q }));
  // Warm-up: connections, catalog caches, PostgreSQL buffers.
  await runLoad(typical, search, { rounds: 1 });

  const out: Record<string, unknown> = {};
  for (const concurrency of [1, 8]) {
    const opts = { rounds, concurrency };
    // Warm figures are cache hits only: one untimed pass fills the cache first.
    const warm = { ...opts, warmup: true };
    const bare = {
      rankedQuery: await runLoad(TYPICAL, bareRanked, opts),
      rankedQueryWithFacets: await runLoad(TYPICAL, bareFaceted, opts),
      prefixQuery: await runLoad(PREFIXES, barePrefix, opts),
    };
    const service = {
      typicalCold: await runLoad(typical, search, { ...opts, before: cold }),
      typicalWarm: await runLoad(typical, search, warm),
      typosCold: await runLoad(typos, search, { ...opts, before: cold }),
      facetedCold: await runLoad(FACETED, search, { ...opts, before: cold }),
      facetedWarm: await runLoad(FACETED, search, warm),
      autocompleteCold: await runLoad(PREFIXES, (q) => suggestSearch(q, 'pt-BR', deps), {
        ...opts,
        before: cold,
      }),
      autocompleteWarm: await runLoad(PREFIXES, (q) => suggestSearch(q, 'pt-BR', deps), warm),
    };
    out[`concurrency${concurrency}`] = {
      bare,
      service,
      ratios: {
        typicalColdVsBareRankedWithFacets: ratio(service.typicalCold, bare.rankedQueryWithFacets),
        typicalColdVsBareRanked: ratio(service.typicalCold, bare.rankedQuery),
        facetedColdVsBareRankedWithFacets: ratio(service.facetedCold, bare.rankedQueryWithFacets),
        autocompleteColdVsBarePrefix: ratio(service.autocompleteCold, bare.prefixQuery),
      },
    };
  }
  const wands = readWandsQueries(path.resolve('../shared/bench/search/wands'));
  let empty = 0;
  const wandsStats = await runLoad(
    wands.map((q) => ({ q })),
    async (params) => {
      if ((await search(params)).total === 0) empty++;
    },
    { rounds: 1, before: cold },
  );
  out.wandsEnglish = { queries: wands.length, zeroResults: empty, latencyCold: wandsStats };
  return out;
}

async function measureRelevance(db: Database) {
  await setSynonyms(DEMO_SYNONYMS, db, createTaggedCache(createMemoryCache()));
  const judgements = (await import('./search-judgements.json')).queries as {
    q: string;
    relevant: string[];
  }[];
  const deps = serviceDeps(db);
  const perQuery: { q: string; ndcg: number; recall: number; total: number }[] = [];
  for (const { q, relevant } of judgements) {
    const result = await searchProducts(parseSearchParams({ q }), deps);
    perQuery.push({
      q,
      ...scoreRanking(
        result.items.map((i) => i.slug),
        new Set(relevant),
      ),
      total: result.total,
    });
  }
  const mean = (key: 'ndcg' | 'recall') =>
    Math.round((perQuery.reduce((a, r) => a + r[key], 0) / perQuery.length) * 1000) / 1000;
  return {
    queries: perQuery.length,
    synonyms: DEMO_SYNONYMS,
    ndcgAt10: mean('ndcg'),
    recallAt10: mean('recall'),
    zeroResultQueries: perQuery.filter((r) => r.total === 0).map((r) => r.q),
    worst: perQuery
      .sort((a, b) => a.ndcg - b.ndcg)
      .slice(0, 10)
      .map((r) => ({ q: r.q, ndcg: Math.round(r.ndcg * 1000) / 1000 })),
  };
}

async function main() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.env.LOG_LEVEL ??= 'warn';
  await runMigrations(benchUrl);
  const bench = connect(benchUrl);
  const { rows } = await bench.db.execute<{ n: number }>(
    sql`select count(*)::int as n from search_documents`,
  );
  const products = rows[0]?.n ?? 0;
  if (products < 100_000)
    console.error(
      `Only ${products} searchable products in ${benchUrl}: seed with npm run db:seed -- --products 100000 for the reference figures.`,
    );
  const latency = args['relevance-only']
    ? { skipped: '--relevance-only' }
    : await measureLatency(bench.db);
  const demo = await ensureDemoDatabase(demoUrl);
  const relevance = await measureRelevance(demo.db);
  const http = args.http
    ? await measureHttp(benchUrl, rounds)
    : { skipped: 'pass --http to measure over HTTP' };
  console.log(
    JSON.stringify(
      { products, rounds, driver: 'postgres', latencyMs: latency, http, relevance },
      null,
      2,
    ),
  );
  await Promise.all([bench.pool.end(), demo.pool.end()]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
