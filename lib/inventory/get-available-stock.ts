import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';

/** available = on_hand − active, unexpired reservations; variants without a level have 0. */
export async function getAvailableStock(
  db: Executor,
  variantIds: readonly string[],
): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const ids = sql.join(
    variantIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<{ variant_id: string; available: number }>(
    sql`select l.variant_id, l.on_hand - coalesce((
          select sum(r.quantity) from stock_reservations r
          where r.variant_id = l.variant_id and r.status = 'active' and r.expires_at > now()
        ), 0)::int as available
        from inventory_levels l where l.variant_id in (${ids})`,
  );
  const map = new Map<string, number>(variantIds.map((id) => [id, 0]));
  for (const row of result.rows) map.set(row.variant_id, Math.max(0, Number(row.available)));
  return map;
}
