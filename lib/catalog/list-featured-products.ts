import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/lib/db/client';
import { selectProductCards, toProductCard, type ProductCardRow } from './product-card-sql';
import type { ProductCard } from './types';

/** Active products flagged as featured, newest first. */
export async function listFeaturedProducts(
  { limit = 12 }: { limit?: number } = {},
  db: Executor = getDb(),
): Promise<ProductCard[]> {
  const from = sql`products p where p.status = 'active' and p.featured`;
  // `where` must follow the joins, so the filter goes into a derived table.
  const { rows } = await db.execute<ProductCardRow>(
    selectProductCards(sql`(select * from ${from}) p`, sql`p.created_at desc`, limit),
  );
  return rows.map(toProductCard);
}
