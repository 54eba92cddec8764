import { sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { AppError } from '@/lib/errors';
import { createPostgresDriver } from '@/lib/search/postgres/postgres-driver';
import { createFailover } from '@/lib/search/search-drivers';
import { parseSearchParams } from '@/lib/search/search-params';
import { searchProducts } from '@/lib/search/search-products';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { bulkEditProducts } from './bulk-edit-products';
import {
  createCategory,
  editCategory,
  listAdminCategories,
  moveCategoryStep,
} from './category-admin';
import { listAdminProducts, adminProductListParams } from './list-admin-products';
import { readProductSnapshot } from './product-snapshot';
import { saveProduct } from './save-product';
import { auditRows, createAdminActor, productForm } from './testing/admin-test-env';

let t: TestDatabase;
let actor: Actor;
let other: Actor;
let categoryId: string;
const cache = createTaggedCache(createMemoryCache());
const ctx = () => ({ actor, db: t.db, cache, ip: '203.0.113.9' });

async function search(q: string) {
  const result = await searchProducts(parseSearchParams({ q }), {
    db: t.db,
    cache,
    failover: createFailover({ primary: createPostgresDriver(t.db), fallback: null }, () => {}),
    listTree: () => listCategoryTree(t.db),
  });
  return result.items.map((i) => i.name);
}

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  await insertSearchFixtures(t.db);
  actor = await createAdminActor(t.db);
  other = await createAdminActor(t.db);
  const { rows } = await t.db.execute<{ id: string }>(
    sql`select id from categories where slug = 'roupas'`,
  );
  categoryId = rows[0]!.id;
});
afterAll(() => t.drop());

describe('saveProduct', () => {
  let id: string;

  it('creates a product with variants, prices in centavos, barcode and SEO, audited, and search finds it', async () => {
    expect(await search('jaqueta')).toEqual([]); // also warms the search cache
    const saved = await saveProduct(null, productForm(categoryId), ctx());
    id = saved.id;
    const snap = (await readProductSnapshot(t.db, id))!;
    expect(snap.variants.map((v) => [v.sku, v.priceCents, v.compareAtCents, v.barcode])).toEqual([
      ['JQ-TRI-P', 29_990, 34_990, '7890000000017'],
      ['JQ-TRI-M', 29_990, null, null],
    ]);
    expect(snap.variants[0]!.options).toEqual({ Cor: 'Preta', Tamanho: 'P' });
    expect(snap.seoTitle).toBe('Jaqueta corta-vento');
    expect(snap.lastEditedByName).toBe(actor.name);
    expect(await search('jaqueta')).toEqual(['Jaqueta Corta-Vento Trilha']);
    expect(await search('7890000000017')).toEqual(['Jaqueta Corta-Vento Trilha']);
    const [audit] = await auditRows(t.db, 'product.create', id);
    expect(audit!.actor_email).toBe(actor.email);
    expect(audit!.changes).toMatchObject({
      name: { before: null, after: 'Jaqueta Corta-Vento Trilha' },
    });
  });

  it('refuses a stale save, naming who changed the product and when', async () => {
    const opened = (await readProductSnapshot(t.db, id))!;
    const expectedUpdatedAt = opened.updatedAt.toISOString();
    await saveProduct(
      id,
      productForm(categoryId, { name: 'Jaqueta Trilha Pro', expectedUpdatedAt }),
      {
        ...ctx(),
        actor: other,
      },
    );
    const error = await errorOf(
      saveProduct(
        id,
        productForm(categoryId, { name: 'Jaqueta Minha Versão', expectedUpdatedAt }),
        ctx(),
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).details).toMatchObject({ reason: 'stale', by: other.name });
    expect((await readProductSnapshot(t.db, id))!.name).toBe('Jaqueta Trilha Pro');
    expect(await auditRows(t.db, 'product.update', id)).toHaveLength(1);
  });

  it('names the field for validation errors and for a SKU another product owns; changes nothing', async () => {
    const bad = await errorOf(
      saveProduct(
        null,
        productForm(categoryId, {
          slug: 'Not A Slug',
          variants: [{ sku: 'X', options: ['a', 'b'], price: 'dez', compareAt: '', barcode: '' }],
        }),
        ctx(),
      ),
    );
    expect(bad).toBeInstanceOf(ZodError);
    const paths = (bad as ZodError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['slug', 'variants.0.price']));

    const taken = await errorOf(
      saveProduct(
        null,
        productForm(categoryId, {
          slug: 'outra-jaqueta',
          variants: [
            { sku: 'FX-CAM-01', options: ['a', 'b'], price: '10', compareAt: '', barcode: '' },
          ],
        }),
        ctx(),
      ),
    );
    expect((taken as AppError).details).toMatchObject({
      field: 'variants.0.sku',
      code: 'sku_taken',
    });
    const { rows } = await t.db.execute(sql`select 1 from products where slug = 'outra-jaqueta'`);
    expect(rows).toHaveLength(0);
  });

  it('removes variants dropped from the form and keeps the others by id', async () => {
    const snap = (await readProductSnapshot(t.db, id))!;
    await saveProduct(
      id,
      productForm(categoryId, {
        expectedUpdatedAt: snap.updatedAt.toISOString(),
        variants: [
          {
            id: snap.variants[1]!.id,
            sku: 'JQ-TRI-M',
            options: ['Preta', 'M'],
            price: '199',
            compareAt: '',
            barcode: '',
          },
        ],
      }),
      ctx(),
    );
    const after = (await readProductSnapshot(t.db, id))!;
    expect(after.variants.map((v) => [v.id, v.priceCents])).toEqual([
      [snap.variants[1]!.id, 19_900],
    ]);
  });
});

describe('product list and bulk edit', () => {
  it('pages by keyset and filters by text, status and category (with descendants)', async () => {
    const first = await listAdminProducts(t.db, adminProductListParams.parse({ sort: 'name' }));
    const names = first.items.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    const filtered = await listAdminProducts(
      t.db,
      adminProductListParams.parse({ q: 'jaqueta', category: categoryId }),
    );
    expect(filtered.items.map((p) => p.name)).toEqual(['Jaqueta Corta-Vento Trilha']);
    expect(
      (await listAdminProducts(t.db, adminProductListParams.parse({ q: 'fx-cam-01' }))).items,
    ).toHaveLength(1);
  });

  it('unpublishes, reprices by percent and moves category in bulk, one audit row per product', async () => {
    const ids = (
      await listAdminProducts(t.db, adminProductListParams.parse({ q: 'camiseta' }))
    ).items.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(await search('camiseta')).not.toEqual([]);
    await bulkEditProducts({ op: 'unpublish', ids }, ctx());
    expect(await search('camiseta')).toEqual([]);
    await bulkEditProducts({ op: 'price', ids, percent: -10 }, ctx());
    const { rows } = await t.db.execute<{ price_cents: number }>(
      sql`select price_cents from variants where sku = 'FX-CAM-01'`,
    );
    expect(rows[0]!.price_cents).toBe(4_491);
    expect(await auditRows(t.db, 'product.bulk_price')).toHaveLength(ids.length);
    const error = await errorOf(bulkEditProducts({ op: 'price', ids, percent: 'abc' }, ctx()));
    expect((error as ZodError).issues[0]!.path).toEqual(['percent']);
  });
});

describe('categories', () => {
  it('creates, renames, moves (never below itself) and reorders, invalidating the tree', async () => {
    const parent = await createCategory({ name: 'Outdoor', slug: 'outdoor', parentId: '' }, ctx());
    const child = await createCategory(
      { name: 'Barracas', slug: 'barracas', parentId: parent },
      ctx(),
    );
    const tree = () => listAdminCategories(t.db);
    const stamp = async (id: string) =>
      (await tree()).find((c) => c.id === id)!.updatedAt.toISOString();
    const cycle = await errorOf(
      editCategory(
        { id: parent, name: 'Outdoor', parentId: child, expectedUpdatedAt: await stamp(parent) },
        ctx(),
      ),
    );
    expect((cycle as AppError).details).toMatchObject({
      field: 'parentId',
      code: 'category_cycle',
    });
    const stale = await stamp(child);
    await editCategory(
      { id: child, name: 'Barracas e Camping', parentId: parent, expectedUpdatedAt: stale },
      ctx(),
    );
    const conflict = await errorOf(
      editCategory({ id: child, name: 'X y', parentId: parent, expectedUpdatedAt: stale }, ctx()),
    );
    expect((conflict as AppError).code).toBe('conflict');

    const roots = () => tree().then((all) => all.filter((c) => c.depth === 0).map((c) => c.name));
    const before = await roots();
    expect(before.at(-1)).toBe('Outdoor');
    await moveCategoryStep(parent, 'up', ctx());
    const after = await roots();
    expect(after.at(-2)).toBe('Outdoor');
    expect(await auditRows(t.db, 'category.reorder')).toHaveLength(1);
  });
});
