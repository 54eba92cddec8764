import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { ProductCardRow } from '@/lib/catalog/product-card-sql';
import type { Executor } from '@/lib/db/client';
import { PRICE_BUCKETS, priceKey } from '../search-params';
import type {
  DriverQuery,
  DriverSearchResult,
  DriverSuggestResult,
  FacetCounts,
  QueryPlan,
  SearchSort,
} from '../types';
import { buildFilters, optionFacetCondition, whereAll } from './filters';
import { searchCardRows } from './load-cards';
import { planToTsquery } from './tsquery';

// ts_rank weights for D, C, B, A: a name match (A) outweighs a description match (D) twenty-fold.
const RANK_WEIGHTS = '{0.05, 0.2, 0.4, 1.0}';
// Out-of-stock products stay findable but rank below comparable products in stock.
const OUT_OF_STOCK_FACTOR = 0.5;
// The matched set is read once per facet: kept in memory it is scanned in microseconds, spilled to
// a temporary file (PostgreSQL's default 4 MB work_mem holds about 10,000 matches) each facet
// re-reads it from disk. Raised for the search statement's own transaction only.
const SEARCH_WORK_MEM = '32MB';

const ORDER_BY: Record<SearchSort, SQL> = {
  relevance: sql`m.rank desc, m.in_stock desc, m.created_at desc`,
  price_asc: sql`m.min_price asc`,
  price_desc: sql`m.min_price desc`,
  newest: sql`m.created_at desc`,
  best_selling: sql`m.sales_count desc, m.rank desc`,
};

function matchedRows(query: DriverQuery): SQL {
  const tsquery = planToTsquery(query.plan);
  const identifier = query.plan.identifier;
  const idMatch = identifier ? sql`d.identifiers @> array[${identifier}]::text[]` : null;
  // Ranking costs per matched row; other sorts do not need it.
  const rank =
    tsquery && (query.sort === 'relevance' || query.sort === 'best_selling')
      ? sql`ts_rank(${RANK_WEIGHTS}, d.document, q.tsq) * (case when d.in_stock then 1.0 else ${OUT_OF_STOCK_FACTOR} end)`
      : sql`0`;
  const boost = idMatch ? sql` + (case when ${idMatch} then 100 else 0 end)` : sql``;
  const match =
    tsquery && idMatch
      ? sql`(d.document @@ q.tsq or ${idMatch})`
      : tsquery
        ? sql`d.document @@ q.tsq`
        : (idMatch ?? sql`true`);
  return sql`
    select d.product_id, d.category_ids, d.brand, d.min_price, d.in_stock, d.option_values,
      d.created_at, d.sales_count, (${rank}${boost})::float8 as rank
    from search_documents d, (select ${tsquery ?? sql`null::tsquery`} as tsq) q
    where ${match}`;
}

function priceBucketCase(): SQL {
  const branches = PRICE_BUCKETS.map(({ min, max }) =>
    max === null
      ? sql`when m.min_price >= ${min} then ${priceKey({ min, max })}`
      : sql`when m.min_price >= ${min} and m.min_price < ${max} then ${priceKey({ min, max })}`,
  );
  return sql`case ${sql.join(branches, sql` `)} end`;
}

const countsObject = (select: SQL) =>
  sql`(select coalesce(json_object_agg(k, n), '{}'::json) from (${select}) c)`;

/**
 * One statement: the matched set is materialised once, then the page of ids with their product
 * cards, the total and every facet's counts (each facet ignoring its own filter) are read from it.
 */
export function buildSearchStatement(query: DriverQuery): SQL {
  const filters = buildFilters(query);
  const all = whereAll(filters);
  const offset = (query.page - 1) * query.perPage;
  return sql`
    with matched as materialized (${matchedRows(query)}),
    page as materialized (
      select m.product_id from matched m where ${all}
      order by ${ORDER_BY[query.sort]}, m.product_id
      limit ${query.perPage} offset ${offset})
    select
      (select count(*)::int from matched m where ${all}) as total,
      (select coalesce(json_agg(p.product_id), '[]'::json) from page p) as ids,
      (select coalesce(json_agg(c), '[]'::json) from (
        ${searchCardRows(sql`d.product_id in (select product_id from page)`)}) c) as cards,
      ${countsObject(sql`select cid::text as k, count(*) as n from matched m, unnest(m.category_ids) cid
        where ${whereAll(filters, (f) => f === 'category')} group by cid`)} as categories,
      ${countsObject(sql`select m.brand as k, count(*) as n from matched m
        where m.brand is not null and ${whereAll(filters, (f) => f === 'brand')} group by m.brand`)} as brands,
      ${countsObject(sql`select k, count(*) as n from (select ${priceBucketCase()} as k from matched m
        where ${whereAll(filters, (f) => f === 'price')}) b where k is not null group by k`)} as prices,
      ${countsObject(sql`select ov as k, count(*) as n from matched m, unnest(m.option_values) ov
        where ${whereAll(filters, (f) => f.startsWith('option:'))} and ${optionFacetCondition(query)}
        group by ov`)} as options,
      (select count(*)::int from matched m
        where m.in_stock and ${whereAll(filters, (f) => f === 'stock')}) as in_stock`;
}

export async function searchPostgres(
  db: Executor,
  query: DriverQuery,
): Promise<DriverSearchResult> {
  const { rows } = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('work_mem', ${SEARCH_WORK_MEM}, true)`);
    return tx.execute<{
      ids: string[];
      cards: ProductCardRow[];
      total: number;
      categories: Record<string, number>;
      brands: Record<string, number>;
      prices: Record<string, number>;
      options: Record<string, number>;
      in_stock: number;
    }>(buildSearchStatement(query));
  });
  const row = rows[0];
  if (!row) throw new Error('search statement returned no row');
  const facets: FacetCounts = {
    categories: row.categories,
    brands: row.brands,
    prices: row.prices,
    options: row.options,
    inStock: row.in_stock,
  };
  return { ids: row.ids, cards: row.cards, total: row.total, facets };
}

/**
 * Autocomplete candidates: an unranked prefix match (fast), ranked only among its first rows;
 * their cards come in the same statement.
 */
export async function suggestPostgres(
  db: Executor,
  plan: QueryPlan,
  limit: number,
): Promise<DriverSuggestResult> {
  const tsquery = planToTsquery(plan);
  if (!tsquery) return { ids: [], cards: [] };
  const { rows } = await db.execute<{ ids: string[]; cards: ProductCardRow[] }>(sql`
    with best as materialized (
      select s.product_id from (
        select d.product_id, d.in_stock, ts_rank(${RANK_WEIGHTS}, d.document, q.tsq) as rank
        from search_documents d, (select ${tsquery} as tsq) q
        where d.document @@ q.tsq limit 200
      ) s order by s.rank * (case when s.in_stock then 1.0 else ${OUT_OF_STOCK_FACTOR} end) desc, s.product_id
      limit ${limit})
    select (select coalesce(json_agg(b.product_id), '[]'::json) from best b) as ids,
      (select coalesce(json_agg(c), '[]'::json) from (
        ${searchCardRows(sql`d.product_id in (select product_id from best)`)}) c) as cards`);
  return { ids: rows[0]?.ids ?? [], cards: rows[0]?.cards ?? [] };
}
