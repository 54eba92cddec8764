import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { SOLD_STATUSES } from '@/lib/orders/sold-statuses';

/**
 * What "best selling" means, in one place: units of a product on orders placed in the last
 * SALES_WINDOW_DAYS days that are now sales (SOLD_STATUSES, the admin overview's definition too).
 * Orders never paid (pending, failed, expired), cancelled, fully refunded or returned do not
 * count; a partially refunded order still counts all its units, because refunds are recorded per
 * order, not per line.
 */
export const SALES_WINDOW_DAYS = 90;

/**
 * Recomputes search_documents.sales_count from orders (a background job, never the checkout:
 * counting inside the order transaction would make every sale of a popular product wait on the
 * same row). Only rows whose count changed are written, and each of those is queued for
 * Elasticsearch the same way the search triggers queue their changes (search_outbox, when an
 * index exists), so an unchanged catalog costs one read and no writes.
 */
export async function refreshSalesCounts(
  db: Executor,
  now: Date = new Date(),
): Promise<{ updated: number }> {
  const statuses = sql.join(
    SOLD_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const { rows } = await db.execute<{ updated: number }>(sql`
    with sales as (
      select v.product_id, sum(l.quantity)::int as units
      from orders o
      join order_lines l on l.order_id = o.id
      join variants v on v.id = l.variant_id
      where o.status in (${statuses})
        and o.created_at >= ${now.toISOString()}::timestamptz - make_interval(days => ${SALES_WINDOW_DAYS})
      group by v.product_id
    ), target as (
      -- Products that sold, plus those whose old count must fall back to 0.
      select d.product_id, coalesce(s.units, 0) as units
      from search_documents d left join sales s on s.product_id = d.product_id
      where s.product_id is not null or d.sales_count <> 0
    ), changed as (
      update search_documents d set sales_count = t.units
      from target t
      where d.product_id = t.product_id and d.sales_count is distinct from t.units
      returning d.product_id
    ), queued as (
      insert into search_outbox (product_id)
      select product_id from changed where (select outbox_enabled from search_sync_state)
    )
    select count(*)::int as updated from changed`);
  return { updated: rows[0]?.updated ?? 0 };
}
