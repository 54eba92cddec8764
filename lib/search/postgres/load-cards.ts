import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { toProductCard, type ProductCardRow } from '@/lib/catalog/product-card-sql';
import type { ProductCard } from '@/lib/catalog/types';
import { uuidArray } from './sql-helpers';

/** Card rows (ProductCardRow) of the search documents whose product id satisfies `idCondition`. */
export function searchCardRows(idCondition: SQL): SQL {
  return sql`
    select d.product_id as id, d.slug, d.name, d.brand, d.min_price, d.max_price, d.compare_at_cents,
      d.currency, d.in_stock, img.image
    from search_documents d
    left join lateral (
      select json_build_object('url', pi.url, 'alt', pi.alt, 'width', pi.width, 'height', pi.height) as image
      from product_images pi where pi.product_id = d.product_id order by pi.position limit 1
    ) img on true
    where ${idCondition}`;
}

/** Cards in the order of `ids`; an id without a row (deleted meanwhile) is left out. */
export function orderCards(ids: readonly string[], rows: readonly ProductCardRow[]): ProductCard[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toProductCard(row)] : [];
  });
}

/** Product cards for `ids`, in that order, from the search documents (one indexed read). */
export async function loadSearchCards(db: Executor, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<ProductCardRow>(
    searchCardRows(sql`d.product_id = any(${uuidArray(ids)})`),
  );
  return orderCards(ids, rows);
}
