import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { adjustStock } from './adjust-stock';
import { DEFAULT_LOW_STOCK_THRESHOLD, listLowStock } from './list-low-stock';
import { listStockOverview } from './list-stock-overview';
import { setStockThreshold } from './set-stock-threshold';

/*
 * The index-driven low-stock lists (stock_gap and the sku copied onto inventory_levels,
 * variants_without_stock) against the rule: on hand (0 without a level row) at or below the
 * variant's own threshold, else DEFAULT_LOW_STOCK_THRESHOLD; archived products left out.
 */
let t: TestDatabase;
let actor: Actor;
const ids = new Map<string, string>();

async function variant(
  sku: string,
  onHand: number | null,
  threshold: number | null = null,
  status: 'active' | 'archived' = 'active',
) {
  const { rows } = await t.db.execute<{ id: string }>(sql`
    with p as (
      insert into products (category_id, slug, name, status)
      values ((select id from categories where slug = 'ls'), ${`ls-${sku.toLowerCase()}`},
              ${`Produto ${sku}`}, ${status})
      returning id)
    insert into variants (product_id, sku, price_cents) select id, ${sku}, 1000 from p returning id`);
  const id = rows[0]!.id;
  ids.set(sku, id);
  if (onHand !== null)
    await t.db.execute(
      sql`insert into inventory_levels (variant_id, on_hand) values (${id}, ${onHand})`,
    );
  if (threshold !== null)
    await t.db.execute(
      sql`insert into stock_thresholds (variant_id, low_stock_threshold) values (${id}, ${threshold})`,
    );
}

const lowSkus = async () => (await listLowStock(t.db)).map((i) => [i.sku, i.onHand, i.threshold]);

beforeAll(async () => {
  t = await createTestDatabase();
  actor = await createAdminActor(t.db, ['inventory']);
  await t.db.execute(sql`insert into categories (slug, name) values ('ls', 'Estoque')`);
  await variant('LS-A', 0);
  await variant('LS-B', DEFAULT_LOW_STOCK_THRESHOLD);
  await variant('LS-C', DEFAULT_LOW_STOCK_THRESHOLD + 1);
  await variant('LS-D', 10, 10);
  await variant('LS-E', 2, 1);
  await variant('LS-F', 0, null, 'archived');
  await variant('LS-G', null);
  await variant('LS-H', 3, 0);
  // Threshold set before the level row exists: the row picks it up.
  const { rows } = await t.db.execute<{ id: string }>(sql`
    with p as (
      insert into products (category_id, slug, name)
      values ((select id from categories where slug = 'ls'), 'ls-i', 'Produto LS-I') returning id)
    insert into variants (product_id, sku, price_cents) select id, 'LS-I', 1000 from p returning id`);
  ids.set('LS-I', rows[0]!.id);
  await t.db.execute(
    sql`insert into stock_thresholds (variant_id, low_stock_threshold) values (${rows[0]!.id}, 8)`,
  );
});
afterAll(() => t.drop());

describe('low stock', () => {
  it('lists variants at or below their own threshold or the default, emptiest first, archived left out', async () => {
    expect(await lowSkus()).toEqual([
      ['LS-A', 0, 5],
      ['LS-G', 0, 5],
      ['LS-I', 0, 8],
      ['LS-B', 5, 5],
      ['LS-D', 10, 10],
    ]);
  });

  it('keeps the generated gap on the default for variants without their own threshold', async () => {
    const { rows } = await t.db.execute<{ sku: string; gap: number; own: number | null }>(sql`
      select v.sku, l.stock_gap as gap, l.low_stock_threshold as own
      from inventory_levels l join variants v on v.id = l.variant_id
      where v.sku in ('LS-C', 'LS-D') order by v.sku`);
    expect(rows).toEqual([
      { sku: 'LS-C', gap: 1, own: null },
      { sku: 'LS-D', gap: 0, own: 10 },
    ]);
  });

  it('follows threshold changes, stock movements, SKU renames and lost level rows', async () => {
    await setStockThreshold({ variantId: ids.get('LS-C'), threshold: '6' }, { actor, db: t.db });
    await setStockThreshold({ variantId: ids.get('LS-D'), threshold: '' }, { actor, db: t.db });
    await adjustStock(
      { variantId: ids.get('LS-G'), reason: 'restock', quantity: '20' },
      { actor, db: t.db },
    );
    await adjustStock(
      { variantId: ids.get('LS-I'), reason: 'restock', quantity: '8' },
      { actor, db: t.db },
    );
    await t.db.execute(sql`update variants set sku = 'LS-Z' where sku = 'LS-A'`);
    await t.db.execute(sql`delete from inventory_levels where variant_id = ${ids.get('LS-B')!}`);
    expect(await lowSkus()).toEqual([
      ['LS-B', 0, 5],
      ['LS-Z', 0, 5],
      ['LS-C', 6, 6],
      ['LS-I', 8, 8],
    ]);
  });

  it('pages the stock overview by (gap, id) over every variant, with and without a filter', async () => {
    // Enough SKUs sharing a prefix for the filter's many-matches path.
    await t.db.execute(sql`
      with p as (
        insert into products (category_id, slug, name)
        values ((select id from categories where slug = 'ls'), 'ls-bulk', 'Granel') returning id),
      v as (
        insert into variants (product_id, sku, price_cents)
        select p.id, 'BULK-' || lpad(g::text, 5, '0'), 100 from p, generate_series(1, 2100) g
        returning id, sku)
      insert into inventory_levels (variant_id, on_hand)
      select id, substr(sku, 6)::int % 37 from v`);
    const { rows } = await t.db.execute<{ id: string; sku: string; name: string; gap: number }>(sql`
      select v.id, v.sku, p.name,
        coalesce(l.on_hand, 0) - coalesce(s.low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD}) as gap
      from variants v join products p on p.id = v.product_id
      left join inventory_levels l on l.variant_id = v.id
      left join stock_thresholds s on s.variant_id = v.id`);
    const byGapThenId = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      a.gap - b.gap || (a.id < b.id ? -1 : 1);
    for (const q of ['', 'bulk-0', 'ls-', 'Produto LS-Z', 'granel']) {
      const want = rows
        .filter(
          (r) =>
            !q ||
            r.sku.toLowerCase().startsWith(q.toLowerCase()) ||
            r.name.toLowerCase().includes(q.toLowerCase()),
        )
        .sort(byGapThenId)
        .map((r) => r.sku);
      const got: string[] = [];
      let after: string | undefined;
      do {
        const page = await listStockOverview(t.db, { q, after });
        got.push(...page.items.map((i) => i.sku));
        after = page.next ?? undefined;
      } while (after && got.length < want.length + 100);
      expect([q, got]).toEqual([q, want]);
    }
  });
});
