/**
 * The catalog, inventory and synonym server actions end to end on real PostgreSQL: validation
 * (the field is named), permission (refused actors change nothing), effect, audit entry and the
 * stale-write conflict. Only the request plumbing (cookies → actor, translations) is stubbed.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { auditRows, createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { readProductSnapshot } from '@/lib/catalog/admin/product-snapshot';
import { AppError } from '@/lib/errors';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';

const as = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-actor', () => ({
  requireActor: async (need: Parameters<typeof assertAllowed>[1]) => assertAllowed(as.actor, need),
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;${to}` });
  },
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async () =>
    Object.assign(
      (key: string, values?: Record<string, unknown>) =>
        values ? `${key} ${JSON.stringify(values)}` : key,
      {
        has: () => true,
      },
    ),
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString() }),
}));

const { saveProductAction, bulkEditAction } = await import('./actions');
const { createCategoryAction, editCategoryAction } = await import('./category-actions');
const { dryRunImportAction, applyImportAction } = await import('./import-actions');
const { adjustStockAction } = await import('../inventory/actions');
const { saveSynonymsAction } = await import('../synonyms/actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let catalog: Actor;
let inventory: Actor;
let ids: Map<string, string>;
let categoryId: string;

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values))
    (Array.isArray(v) ? v : [v]).forEach((x) => data.append(k, x));
  return data;
}

function productFields(overrides: Record<string, string> = {}) {
  return form({
    name: 'Garrafa Térmica Aço',
    slug: 'garrafa-termica-aco',
    description: '',
    brand: 'Serra',
    categoryId,
    status: 'active',
    seoTitle: '',
    seoDescription: '',
    'optionNames.0': 'Cor',
    'variants.0.id': '',
    'variants.0.sku': 'GT-ACO-1',
    'variants.0.options.0': 'Inox',
    'variants.0.price': '89,90',
    'variants.0.compareAt': '',
    'variants.0.barcode': '',
    ...overrides,
  });
}

const redirectTarget = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { digest?: string }) =>
      e.digest?.startsWith('NEXT_REDIRECT') ? e.digest.split(';')[1] : Promise.reject(e),
  );

beforeAll(async () => {
  t = await useAuthTestDatabase();
  ids = await insertSearchFixtures(t.db);
  catalog = await createAdminActor(t.db, ['catalog']);
  inventory = await createAdminActor(t.db, ['inventory']);
  categoryId = (
    await t.db.execute<{ id: string }>(sql`select id from categories where slug = 'mercado-fx'`)
  ).rows[0]!.id;
});
afterAll(() => t.release());

describe('saveProductAction', () => {
  it('refuses an admin without the catalog permission and changes nothing', async () => {
    as.actor = inventory;
    await expect(saveProductAction({ ok: false }, productFields())).rejects.toMatchObject({
      code: 'forbidden',
    });
    as.actor = null;
    await expect(saveProductAction({ ok: false }, productFields())).rejects.toBeInstanceOf(
      AppError,
    );
    expect(
      (await t.db.execute(sql`select 1 from products where slug = 'garrafa-termica-aco'`)).rows,
    ).toHaveLength(0);
  });

  it('names the invalid field', async () => {
    as.actor = catalog;
    const state = await saveProductAction(
      { ok: false },
      productFields({ 'variants.0.price': '8,999' }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors!)).toEqual(['variants.0.price']);
  });

  it('creates (redirecting to the editor), audits, and refuses a stale edit naming who and when', async () => {
    as.actor = catalog;
    const target = await redirectTarget(saveProductAction({ ok: false }, productFields()));
    const id = target!.match(/catalog\/([0-9a-f-]{36})/)![1]!;
    expect(await auditRows(t.db, 'product.create', id)).toHaveLength(1);
    const stale = (await readProductSnapshot(t.db, id))!.updatedAt.toISOString();
    await redirectTarget(
      saveProductAction(
        { ok: false },
        productFields({ productId: id, expectedUpdatedAt: stale, brand: 'Outra' }),
      ),
    );
    const conflict = await saveProductAction(
      { ok: false },
      productFields({ productId: id, expectedUpdatedAt: stale, brand: 'Minha' }),
    );
    expect(conflict.ok).toBe(false);
    expect(conflict.message).toContain('stale');
    expect(conflict.message).toContain(catalog.name);
    expect((await readProductSnapshot(t.db, id))!.brand).toBe('Outra');
  });
});

describe('bulkEditAction', () => {
  it('names the percent field, applies to the selection and audits each product', async () => {
    as.actor = catalog;
    const product = ids.get('cafe-especial-torrado')!;
    const bad = await bulkEditAction(
      { ok: false },
      form({ op: 'price', ids: [product], percent: 'x' }),
    );
    expect(Object.keys(bad.fieldErrors!)).toEqual(['percent']);
    const done = await bulkEditAction({ ok: false }, form({ op: 'unpublish', ids: [product] }));
    expect(done.ok).toBe(true);
    expect(await auditRows(t.db, 'product.bulk_unpublish', product)).toHaveLength(1);
  });
});

describe('category actions', () => {
  it('validate, create, audit and refuse a stale rename', async () => {
    as.actor = catalog;
    const bad = await createCategoryAction(
      { ok: false },
      form({ name: 'Casa', slug: 'Casa Nova', parentId: '' }),
    );
    expect(Object.keys(bad.fieldErrors!)).toEqual(['slug']);
    expect(
      (
        await createCategoryAction(
          { ok: false },
          form({ name: 'Casa', slug: 'casa', parentId: '' }),
        )
      ).ok,
    ).toBe(true);
    const { rows } = await t.db.execute<{ id: string; updated_at: Date }>(
      sql`select id, updated_at from categories where slug = 'casa'`,
    );
    const stamp = new Date(rows[0]!.updated_at).toISOString();
    expect(
      (
        await editCategoryAction(
          { ok: false },
          form({ id: rows[0]!.id, name: 'Casa e Jardim', parentId: '', expectedUpdatedAt: stamp }),
        )
      ).ok,
    ).toBe(true);
    const stale = await editCategoryAction(
      { ok: false },
      form({ id: rows[0]!.id, name: 'Lar', parentId: '', expectedUpdatedAt: stamp }),
    );
    expect(stale.message).toContain('stale');
    expect(await auditRows(t.db, 'category.update', rows[0]!.id)).toHaveLength(1);
    as.actor = inventory;
    await expect(
      createCategoryAction({ ok: false }, form({ name: 'X y', slug: 'x-y', parentId: '' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('import actions', () => {
  it('report errors on the dry run and apply the fixed file once, audited', async () => {
    as.actor = catalog;
    const header =
      'slug,name,description,brand,category_slug,status,seo_title,seo_description,option_names,sku,options,price,compare_at_price,barcode';
    const bad = `${header}\nchaleira,Chaleira,,Serra,mercado-fx,active,,,,CH-1,,abc,,`;
    const dry = await dryRunImportAction({ ok: false }, form({ csv: bad }));
    expect(dry.report!.errors).toEqual([{ row: 2, column: 'price', code: 'invalid_price' }]);
    const fixed = bad.replace(',abc,', ',45,');
    const ok = await dryRunImportAction({ ok: false }, form({ csv: fixed }));
    const applied = await applyImportAction(
      { ok: false },
      form({ csv: fixed, planHash: ok.report!.planHash }),
    );
    expect(applied.applied).toBe(true);
    expect(await auditRows(t.db, 'product.import_create')).toHaveLength(1);
    as.actor = inventory;
    await expect(
      applyImportAction({ ok: false }, form({ csv: fixed, planHash: 'x' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('adjustStockAction', () => {
  it('needs the inventory permission, names the quantity field, records the movement and audit', async () => {
    const variantId = (
      await t.db.execute<{ id: string }>(sql`select id from variants where sku = 'FX-CAF-01'`)
    ).rows[0]!.id;
    as.actor = catalog;
    await expect(
      adjustStockAction(
        { ok: false },
        form({ variantId, reason: 'restock', quantity: '1', note: '' }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    as.actor = inventory;
    const bad = await adjustStockAction(
      { ok: false },
      form({ variantId, reason: 'damage', quantity: '999', note: '' }),
    );
    expect(Object.keys(bad.fieldErrors!)).toEqual(['quantity']);
    const ok = await adjustStockAction(
      { ok: false },
      form({ variantId, reason: 'restock', quantity: '5', note: 'NF 9' }),
    );
    expect(ok.ok).toBe(true);
    expect(await auditRows(t.db, 'inventory.adjust', variantId)).toHaveLength(1);
  });
});

describe('saveSynonymsAction', () => {
  it('saves groups, audits, refuses a stale list and takes effect in search at once', async () => {
    as.actor = catalog;
    const { listSynonymsForAdmin } = await import('@/lib/catalog/admin/save-synonyms');
    const { version } = await listSynonymsForAdmin(t.db);
    const ok = await saveSynonymsAction(
      { ok: false },
      form({ text: 'celular, smartphone\ntenis, sapatilha', version }),
    );
    expect(ok.ok).toBe(true);
    expect((await listSynonymsForAdmin(t.db)).groups).toEqual([
      ['celular', 'smartphone'],
      ['tenis', 'sapatilha'],
    ]);
    const stale = await saveSynonymsAction({ ok: false }, form({ text: 'a b, c d', version }));
    expect(stale.message).toContain('stale');
    const invalid = await saveSynonymsAction(
      { ok: false },
      form({ text: 'sozinho', version: (await listSynonymsForAdmin(t.db)).version }),
    );
    expect(Object.keys(invalid.fieldErrors!)).toEqual(['text']);
    expect(await auditRows(t.db, 'synonyms.update')).toHaveLength(1);
  });
});
