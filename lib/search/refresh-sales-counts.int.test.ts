import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders, variants } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { markOrderPaid } from '@/lib/orders/mark-order-paid';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { transitionOrder } from '@/lib/orders/transition-order';
import { createPostgresDriver } from './postgres/postgres-driver';
import { refreshSalesCounts } from './refresh-sales-counts';
import { createFailover } from './search-drivers';
import { parseSearchParams } from './search-params';
import { searchProducts } from './search-products';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

type Variant = Awaited<ReturnType<typeof createStockedVariant>>;

/** Places an order through the real checkout path and, unless told otherwise, pays it. */
async function sell(lines: [Variant, number][], { pay = true } = {}) {
  const placed = await placeOrder(
    t.db,
    GUEST,
    guestOrder(lines.map(([variant, quantity]) => ({ variantId: variant.id, quantity }))),
  );
  if (pay) {
    const outcome = await t.db.transaction((tx) => markOrderPaid(tx, placed.id, 'gateway:test'));
    expect(outcome).toBe('paid');
  }
  return placed.id;
}

const move = (orderId: string, to: 'refunded' | 'cancelled') =>
  t.db.transaction((tx) => transitionOrder(tx, { orderId, to, actor: 'system', reason: 'test' }));

async function productOf(variant: Variant) {
  const [row] = await t.db
    .select({ productId: variants.productId })
    .from(variants)
    .where(eq(variants.id, variant.id));
  return row!.productId;
}

async function salesCounts(productIds: string[]) {
  const { rows } = await t.db.execute<{ product_id: string; sales_count: number }>(
    sql`select product_id, sales_count from search_documents
        where product_id = any(${`{${productIds.join(',')}}`}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.product_id, row.sales_count]));
}

async function bestSellingSlugs() {
  const driver = createPostgresDriver(t.db);
  const result = await searchProducts(parseSearchParams({ q: 'produto', sort: 'best_selling' }), {
    db: t.db,
    // A fresh cache each time: a cached result would hide the refresh.
    cache: createTaggedCache(createMemoryCache()),
    failover: createFailover({ primary: driver, fallback: null }, () => {}),
    listTree: () => listCategoryTree(t.db),
  });
  return result.items.map((item) => item.slug);
}

describe('best-selling counts', () => {
  it('counts units of paid-or-later orders in the window, sorts by them, and is idempotent', async () => {
    const [a, b, c, d] = await Promise.all(
      [1, 2, 3, 4].map(() => createStockedVariant(t.db, 10_00, 100)),
    );
    if (!a || !b || !c || !d) throw new Error('fixtures missing');
    const ids = await Promise.all([a, b, c, d].map(productOf));
    const slugOf = async (productId: string) =>
      (await t.db.execute<{ slug: string }>(sql`select slug from products where id = ${productId}`))
        .rows[0]!.slug;

    await sell([
      [a, 2],
      [b, 1],
    ]);
    const lateA = await sell([[a, 3]]);
    await sell([[b, 2]]);
    await sell([[c, 1]]);
    // None of these count: refunded, cancelled before payment, unpaid, or older than 90 days.
    await move(await sell([[b, 10]]), 'refunded');
    await move(await sell([[c, 20]], { pay: false }), 'cancelled');
    await sell([[d, 50]], { pay: false });
    const old = await sell([[c, 30]]);
    await t.db
      .update(orders)
      .set({ createdAt: sql`now() - interval '100 days'` })
      .where(eq(orders.id, old));

    expect(await refreshSalesCounts(t.db)).toEqual({ updated: 3 });
    const counts = await salesCounts(ids);
    expect(ids.map((id) => counts.get(id))).toEqual([5, 3, 1, 0]);
    expect(await bestSellingSlugs()).toEqual(await Promise.all(ids.map(slugOf)));

    expect(await refreshSalesCounts(t.db)).toEqual({ updated: 0 });

    // With an Elasticsearch index in use, exactly the products whose count changed are queued.
    await t.db.execute(sql`update search_sync_state set outbox_enabled = true`);
    await move(lateA, 'refunded');
    await t.db.execute(sql`delete from search_outbox`);
    expect(await refreshSalesCounts(t.db)).toEqual({ updated: 1 });
    expect((await salesCounts(ids)).get(ids[0]!)).toBe(2);
    const { rows: queued } = await t.db.execute<{ product_id: string }>(
      sql`select product_id from search_outbox`,
    );
    expect(queued.map((row) => row.product_id)).toEqual([ids[0]]);
    expect(await bestSellingSlugs()).toEqual(
      await Promise.all([1, 0, 2, 3].map((i) => slugOf(ids[i]!))),
    );
    await t.db.execute(sql`update search_sync_state set outbox_enabled = false`);
  });
});
