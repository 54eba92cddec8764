import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import type { ProductCard } from '@/lib/catalog/types';
import { uuidArray } from './sql-helpers';

type CardRow = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  min_price: number;
  max_price: number;
  compare_at_cents: number | null;
  currency: string;
  in_stock: boolean;
  image: ProductCard['image'];
};

/** Product cards for `ids`, in that order, from the search documents (one indexed read). */
export async function loadSearchCards(db: Executor, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<CardRow>(sql`
    select d.product_id as id, d.slug, d.name, d.brand, d.min_price, d.max_price, d.compare_at_cents,
      d.currency, d.in_stock, img.image
    from search_documents d
    left join lateral (
      select json_build_object('url', pi.url, 'alt', pi.alt, 'width', pi.width, 'height', pi.height) as image
      from product_images pi where pi.product_id = d.product_id order by pi.position limit 1
    ) img on true
    where d.product_id = any(${uuidArray(ids)})`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      brand: row.brand,
      priceCents: row.min_price,
      compareAtCents: row.compare_at_cents,
      currency: row.currency,
      hasPriceRange: row.max_price > row.min_price,
      inStock: row.in_stock,
      image: row.image,
    };
  });
}
