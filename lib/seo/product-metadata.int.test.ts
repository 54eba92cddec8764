import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { saveProduct } from '@/lib/catalog/admin/save-product';
import { createAdminActor, productForm } from '@/lib/catalog/admin/testing/admin-test-env';
import { getProductBySlugOrThrow } from '@/lib/catalog/get-product-by-slug-or-throw';
import { isNotFoundError } from '@/lib/catalog/not-found';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { buildProductJsonLd } from './product-json-ld';
import { buildProductMetadata } from './product-metadata';

let t: TestDatabase;
let actor: Actor;
let categoryId: string;
const cache = createTaggedCache(createMemoryCache());
const BASE = 'https://loja.test';

beforeAll(async () => {
  t = await createTestDatabase();
  await insertSearchFixtures(t.db);
  actor = await createAdminActor(t.db);
  const { rows } = await t.db.execute<{ id: string }>(
    sql`select id from categories where slug = 'roupas'`,
  );
  categoryId = rows[0]!.id;
});
afterAll(() => t.drop());

const save = (id: string | null, overrides: Record<string, unknown>) =>
  saveProduct(id, productForm(categoryId, overrides), { actor, db: t.db, cache });

describe('storefront product metadata from the admin editor', () => {
  it('the SEO title and description saved in admin are what the page metadata returns', async () => {
    await save(null, {
      slug: 'jaqueta-seo',
      seoTitle: 'Jaqueta corta-vento impermeável',
      seoDescription: 'Leve, dobrável, para trilhas com chuva.',
    });
    const product = await getProductBySlugOrThrow('jaqueta-seo', t.db);
    const meta = buildProductMetadata(product, BASE);
    expect(meta.title).toBe('Jaqueta corta-vento impermeável');
    expect(meta.description).toBe('Leve, dobrável, para trilhas com chuva.');
    expect(meta.alternates?.canonical).toBe(`${BASE}/p/jaqueta-seo`);
    expect(meta.openGraph).toMatchObject({ title: 'Jaqueta corta-vento impermeável' });
    // JSON-LD Product: one BRL offer per variant, priced from centavos, availability from stock.
    const ld = buildProductJsonLd(product, BASE);
    expect(ld.offers).toEqual([
      expect.objectContaining({ sku: 'JQ-TRI-P', price: '299.90', priceCurrency: 'BRL' }),
      expect.objectContaining({ sku: 'JQ-TRI-M', price: '299.90', priceCurrency: 'BRL' }),
    ]);
    expect(ld.offers.every((o) => o.availability === 'https://schema.org/OutOfStock')).toBe(true);
  });

  it('without SEO fields: the product name and its description', async () => {
    await save(null, {
      slug: 'jaqueta-sem-seo',
      name: 'Jaqueta Sem SEO',
      seoTitle: '',
      seoDescription: '',
      variants: [
        { sku: 'JQ-NOSEO', options: ['Preta', 'G'], price: '10,00', compareAt: '', barcode: '' },
      ],
    });
    const meta = buildProductMetadata(await getProductBySlugOrThrow('jaqueta-sem-seo', t.db), BASE);
    expect(meta.title).toBe('Jaqueta Sem SEO');
    expect(meta.description).toBe('Leve e impermeável.');
  });

  it('draft and archived products stay not found', async () => {
    for (const status of ['draft', 'archived']) {
      await save(null, {
        slug: `jaqueta-${status}`,
        status,
        variants: [
          {
            sku: `JQ-${status}`,
            options: ['Preta', 'G'],
            price: '10,00',
            compareAt: '',
            barcode: '',
          },
        ],
      });
      const error = await getProductBySlugOrThrow(`jaqueta-${status}`, t.db).catch(
        (e: unknown) => e,
      );
      expect(isNotFoundError(error)).toBe(true);
    }
  });
});
