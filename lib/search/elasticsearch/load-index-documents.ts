import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { uuidArray } from '../postgres/sql-helpers';
import type { IndexedProduct } from './index-definition';

type Row = IndexedProduct & { id: string };

const SELECT = sql`
  select d.product_id as id, d.slug, d.name, d.brand, p.description, d.category_ids, d.option_values,
    d.identifiers, d.min_price, d.in_stock, d.sales_count, d.created_at,
    coalesce((select string_agg(c.name, ' ') from categories c where c.id = any(d.category_ids)), '') as categories_text,
    array_to_string(array(select split_part(v, '=', 2) from unnest(d.option_values) v), ' ') as options_text
  from search_documents d join products p on p.id = d.product_id`;

const toDocument = ({ id, created_at, ...doc }: Row) => ({
  id,
  doc: { ...doc, created_at: new Date(created_at).toISOString() } satisfies IndexedProduct,
});

/** Index documents for `ids`; ids without a search document (deleted, archived) are absent. */
export async function loadIndexDocuments(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<Row>(
    sql`${SELECT} where d.product_id = any(${uuidArray(ids)})`,
  );
  return rows.map(toDocument);
}

/** A page of every document after `afterId` (keyset pagination, for a full reindex). */
export async function loadIndexDocumentPage(db: Executor, afterId: string | null, limit: number) {
  const { rows } = await db.execute<Row>(sql`${SELECT}
    where ${afterId ? sql`d.product_id > ${afterId}` : sql`true`} order by d.product_id limit ${limit}`);
  return rows.map(toDocument);
}

export async function countIndexDocuments(db: Executor): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from search_documents`,
  );
  return rows[0]?.n ?? 0;
}
