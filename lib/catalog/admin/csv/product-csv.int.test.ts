import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { AppError } from '@/lib/errors';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { auditRows, createAdminActor } from '../testing/admin-test-env';
import { exportProductsCsvStream } from './export-products-csv';
import { applyProductImport, dryRunProductImport } from './import-products-csv';

let t: TestDatabase;
let actor: Actor;
const cache = createTaggedCache(createMemoryCache());

beforeAll(async () => {
  t = await createTestDatabase();
  await insertSearchFixtures(t.db);
  actor = await createAdminActor(t.db);
});
afterAll(() => t.drop());

const HEADER =
  'slug,name,description,brand,category_slug,status,seo_title,seo_description,option_names,sku,options,price,compare_at_price,barcode';

describe('product CSV', () => {
  it('exports every variant as a streamed CSV that re-imports as unchanged', async () => {
    const csv = await new Response(exportProductsCsvStream(t.db)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(HEADER);
    const { rows } = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from variants`,
    );
    expect(lines).toHaveLength(rows[0]!.n + 1);
    expect(csv).toContain('FX-CAM-01');
    const report = await dryRunProductImport(csv, t.db);
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ create: 0, update: 0, unchanged: rows[0]!.n });
  });

  it('reports per-row errors naming row and column, refuses to apply, then applies the fixed file', async () => {
    const broken = [
      HEADER,
      'mochila-urbana,Mochila Urbana,Resistente,Serra,roupas,active,,,Cor,MO-URB-1,Preta,"189,90",,',
      'mochila-urbana,Mochila Urbana,Resistente,Serra,roupas,active,,,Cor,MO-URB-2,Cinza,cento e vinte,,',
      'cantil-inox,Cantil Inox,,Serra,nao-existe,active,,,,CA-INX-1,,59.90,,123',
      'camiseta-basica-algodao,Camiseta Básica de Algodão,Camiseta lisa para o dia a dia.,Urbano,camisetas-fx,active,,,Cor|Tamanho,FX-CAM-01,Azul|M,54.90,,',
    ].join('\n');
    const report = await dryRunProductImport(broken, t.db);
    expect(report.errors).toEqual([
      { row: 3, column: 'price', code: 'invalid_price' },
      { row: 4, column: 'category_slug', code: 'unknown_category' },
      { row: 4, column: 'barcode', code: 'invalid_barcode' },
    ]);
    await expect(
      applyProductImport(broken, report.planHash, { actor, db: t.db, cache }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(
      (await t.db.execute(sql`select 1 from products where slug = 'mochila-urbana'`)).rows,
    ).toHaveLength(0);

    const fixed = broken
      .replace('cento e vinte', '120')
      .replace('nao-existe', 'mercado-fx')
      .replace(',59.90,,123', ',59.90,,');
    const dry = await dryRunProductImport(fixed, t.db);
    expect(dry.errors).toEqual([]);
    expect(dry.rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'update']);
    await expect(
      applyProductImport(fixed, 'stale', { actor, db: t.db, cache }),
    ).rejects.toBeInstanceOf(AppError);
    const applied = await applyProductImport(fixed, dry.planHash, { actor, db: t.db, cache });
    expect(applied.counts).toMatchObject({ create: 3, update: 1 });
    const { rows } = await t.db.execute<{ sku: string; price_cents: number }>(
      sql`select sku, price_cents from variants where sku in ('MO-URB-2', 'FX-CAM-01', 'FX-CAM-02') order by sku`,
    );
    // FX-CAM-02 is not in the file: kept as it was.
    expect(rows).toEqual([
      { sku: 'FX-CAM-01', price_cents: 5_490 },
      { sku: 'FX-CAM-02', price_cents: 4_990 },
      { sku: 'MO-URB-2', price_cents: 12_000 },
    ]);
    expect(await auditRows(t.db, 'product.import_create')).toHaveLength(2);
    expect(await auditRows(t.db, 'product.import_update')).toHaveLength(1);
    expect((await dryRunProductImport(fixed, t.db)).counts.unchanged).toBe(4);
  });

  it('names missing columns and malformed files', async () => {
    expect((await dryRunProductImport('slug,name\nx,y', t.db)).errors[0]).toMatchObject({
      row: 1,
      code: 'missing_column',
    });
    expect((await dryRunProductImport(`${HEADER}\n"unterminated`, t.db)).errors[0]!.code).toBe(
      'malformed_csv',
    );
  });
});
