import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/lib/db/client';
import { PER_PAGE, type ProductSort } from './listing-params';
import { catalogNotFound } from './not-found';
import { selectProductCards, toProductCard, type ProductCardRow } from './product-card-sql';
import type { ProductPage } from './types';

const ORDER_BY: Record<ProductSort, SQL> = {
  newest: sql`p.created_at desc`,
  price_asc: sql`price.min_price asc`,
  price_desc: sql`price.min_price desc`,
  name: sql`lower(unaccent(p.name)) asc`,
};

export type ListProductsInCategoryInput = {
  categorySlug: string;
  page?: number;
  perPage?: number;
  sort?: ProductSort;
};

/**
 * One page of the active products in a category and all its descendants, with the total count
 * for pagination. Price sorting uses each product's cheapest variant.
 */
export async function listProductsInCategory(
  input: ListProductsInCategoryInput,
  db: Executor = getDb(),
): Promise<ProductPage> {
  const { categorySlug, page = 1, perPage = PER_PAGE, sort = 'newest' } = input;
  const products = sql`(
    with recursive tree as (
      select id from categories where slug = ${categorySlug}
      union all
      select c.id from categories c join tree on c.parent_id = tree.id
    )
    select p.* from products p
    where p.status = 'active' and p.category_id in (select id from tree)
      and exists (select 1 from variants v where v.product_id = p.id)
  ) p`;

  const [{ rows: found }, { rows: counted }, { rows }] = await Promise.all([
    db.execute<{ id: string }>(sql`select id from categories where slug = ${categorySlug}`),
    db.execute<{ total: number }>(sql`select count(*)::int as total from ${products}`),
    db.execute<ProductCardRow>(
      selectProductCards(products, ORDER_BY[sort], perPage, (page - 1) * perPage),
    ),
  ]);
  if (found.length === 0) throw catalogNotFound('category', categorySlug);
  const total = counted[0]?.total ?? 0;
  return {
    items: rows.map(toProductCard),
    total,
    page,
    perPage,
    totalPages: Math.max(1, Math.ceil(total / perPage)),
  };
}
