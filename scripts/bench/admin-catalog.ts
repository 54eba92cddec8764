/**
 * Admin list latency on a large catalog (seed it first: `npm run db:seed -- --products 100000`):
 * the product list (first page, a deep keyset page, text, SKU, category filters), the stock
 * overview, a ledger page and listLowStock, each run N times in-process. Prints JSON with p50/p95.
 *
 *   tsx --conditions=react-server scripts/bench/admin-catalog.ts [--runs 30]   (uses DATABASE_URL)
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { adminProductListParams, listAdminProducts } from '@/lib/catalog/admin/list-admin-products';
import { closeDb, getDb } from '@/lib/db/client';
import { listLowStock } from '@/lib/inventory/list-low-stock';
import { listMovementsPage } from '@/lib/inventory/list-movements-page';
import { listStockOverview } from '@/lib/inventory/list-stock-overview';

if (existsSync('.env')) process.loadEnvFile('.env');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);

async function time(run: () => Promise<unknown>, label = '') {
  if (label) console.error(`… ${label}`);
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2));
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

async function main() {
  const db = getDb();
  const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from products`))
    .rows as [{ n: number }];
  const [sample] = (
    await db.execute<{ sku: string; category_id: string; variant_id: string }>(
      sql`select v.sku, p.category_id, v.id as variant_id from variants v join products p on p.id = v.product_id
          order by v.sku desc limit 1`,
    )
  ).rows;
  let deep: string | undefined;
  for (let page = 0; page < 40; page++)
    deep =
      (await listAdminProducts(db, adminProductListParams.parse({ sort: 'name', after: deep })))
        .next ?? deep;
  const list = (raw: Record<string, string | undefined>) => () =>
    listAdminProducts(db, adminProductListParams.parse(raw));
  const result = {
    products: n,
    runs,
    productList: {
      firstPage: await time(list({})),
      byNamePage41: await time(list({ sort: 'name', after: deep })),
      text: await time(list({ q: 'camiseta' })),
      sku: await time(list({ q: sample!.sku })),
      category: await time(list({ category: sample!.category_id })),
      status: await time(list({ status: 'draft' })),
    },
    stockOverview: {
      firstPage: await time(() => listStockOverview(db, { q: '' })),
      skuPrefix: await time(() => listStockOverview(db, { q: sample!.sku.slice(0, 6) })),
    },
    ledgerPage: await time(() => listMovementsPage(db, sample!.variant_id)),
    lowStock: await time(() => listLowStock(db)),
  };
  console.log(JSON.stringify(result, null, 2));
  await closeDb();
}

void main();
