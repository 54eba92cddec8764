import { sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { auditRows, createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { AppError } from '@/lib/errors';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { adjustStock } from './adjust-stock';
import { listLowStock } from './list-low-stock';
import { listMovementsPage } from './list-movements-page';
import { listStockOverview } from './list-stock-overview';
import { setStockThreshold } from './set-stock-threshold';

let t: TestDatabase;
let actor: Actor;
let variantId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertSearchFixtures(t.db);
  actor = await createAdminActor(t.db, ['inventory']);
  const { rows } = await t.db.execute<{ id: string }>(
    sql`select id from variants where sku = 'FX-SMA-01'`,
  );
  variantId = rows[0]!.id;
});
afterAll(() => t.drop());

const onHand = async () =>
  (
    await t.db.execute<{ on_hand: number }>(
      sql`select on_hand from inventory_levels where variant_id = ${variantId}`,
    )
  ).rows[0]!.on_hand;

describe('admin stock', () => {
  it('restocks, records damage and returns with actor and reason in the ledger, audited', async () => {
    expect(await onHand()).toBe(2);
    await adjustStock(
      { variantId, reason: 'restock', quantity: '10', note: 'NF 123' },
      { actor, db: t.db },
    );
    await adjustStock({ variantId, reason: 'damage', quantity: '3' }, { actor, db: t.db });
    await adjustStock(
      { variantId, reason: 'adjustment', quantity: '-1', note: 'contagem' },
      { actor, db: t.db },
    );
    expect(await onHand()).toBe(8);
    const ledger = await listMovementsPage(t.db, variantId);
    expect(ledger.items.map((m) => [m.kind, m.quantity, m.reason])).toEqual([
      ['adjustment', -1, 'adjustment: contagem'],
      ['adjustment', -3, 'damage'],
      ['restock', 10, 'restock: NF 123'],
    ]);
    expect(ledger.items[0]!.actor).toBe(`admin:${actor.email}`);
    expect(await auditRows(t.db, 'inventory.adjust', variantId)).toHaveLength(3);
  });

  it('never takes on_hand below zero and names the field', async () => {
    const error = await adjustStock(
      { variantId, reason: 'damage', quantity: 9 },
      { actor, db: t.db },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ field: 'quantity', code: 'below_zero' });
    expect(await onHand()).toBe(8);
    const invalid = await adjustStock(
      { variantId, reason: 'restock', quantity: -2 },
      { actor, db: t.db },
    ).catch((e: unknown) => e);
    expect((invalid as ZodError).issues[0]!.path).toEqual(['quantity']);
  });

  it('keeps concurrent removals consistent: exactly the available units go', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        adjustStock({ variantId, reason: 'damage', quantity: 1 }, { actor, db: t.db }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(8);
    expect(await onHand()).toBe(0);
  });

  it('low stock follows per-variant thresholds or the store default, lowest first', async () => {
    expect((await listLowStock(t.db)).map((i) => i.sku)).toContain('FX-SMA-01');
    const { rows } = await t.db.execute<{ id: string }>(
      sql`select id from variants where sku = 'FX-CAF-01'`,
    );
    const coffee = rows[0]!.id;
    expect((await listLowStock(t.db)).map((i) => i.sku)).not.toContain('FX-CAF-01');
    await setStockThreshold({ variantId: coffee, threshold: '50' }, { actor, db: t.db });
    const low = await listLowStock(t.db);
    expect(low.find((i) => i.sku === 'FX-CAF-01')).toMatchObject({ onHand: 40, threshold: 50 });
    expect(low[0]!.onHand).toBe(0);
    const overview = await listStockOverview(t.db, { q: 'FX-CAF' });
    expect(overview.items[0]).toMatchObject({ sku: 'FX-CAF-01', ownThreshold: 50 });
    await setStockThreshold({ variantId: coffee, threshold: '' }, { actor, db: t.db });
    expect((await listLowStock(t.db)).map((i) => i.sku)).not.toContain('FX-CAF-01');
    expect(await auditRows(t.db, 'inventory.threshold', coffee)).toHaveLength(2);
  });
});
