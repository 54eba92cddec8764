import { sql, type SQL } from 'drizzle-orm';
import type { ProductCard } from './types';

export type ProductCardRow = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  min_price: number;
  max_price: number;
  compare_at_cents: number | null;
  currency: string;
  in_stock: boolean;
  image: { url: string; alt: string; width: number; height: number } | null;
};

/**
 * Cards for the products `from` (a SQL fragment yielding rows of `products p`) in `orderBy`
 * order. Products without variants cannot be bought, so they are left out.
 */
export function selectProductCards(from: SQL, orderBy: SQL, limit: number, offset = 0): SQL {
  return sql`
    select p.id, p.slug, p.name, p.brand, price.min_price, price.max_price,
           cheapest.compare_at_cents, cheapest.currency, stock.in_stock, img.image
    from ${from}
    join lateral (
      select min(v.price_cents)::int as min_price, max(v.price_cents)::int as max_price
      from variants v where v.product_id = p.id
    ) price on price.min_price is not null
    join lateral (
      select v.compare_at_cents, trim(v.currency) as currency from variants v
      where v.product_id = p.id order by v.price_cents, v.position limit 1
    ) cheapest on true
    cross join lateral (
      select exists (
        select 1 from variants v join inventory_levels i on i.variant_id = v.id
        where v.product_id = p.id and i.on_hand > 0
      ) as in_stock
    ) stock
    left join lateral (
      select json_build_object('url', pi.url, 'alt', pi.alt, 'width', pi.width, 'height', pi.height) as image
      from product_images pi where pi.product_id = p.id order by pi.position limit 1
    ) img on true
    order by ${orderBy}, p.id
    limit ${limit} offset ${offset}`;
}

export function toProductCard(row: ProductCardRow): ProductCard {
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
}
