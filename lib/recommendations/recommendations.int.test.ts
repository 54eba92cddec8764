import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/recommendations/[slug]/route';
import { Recommendations } from '@/components/product/recommendations';
import { categories, products, variants } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { closeDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { listSimilarProducts } from './list-similar-products';

let t: TestDatabase;

async function insertProduct(
  categoryId: string,
  slug: string,
  prices: number[],
  status: 'active' | 'draft' = 'active',
) {
  const [product] = await t.db
    .insert(products)
    .values({ categoryId, slug, name: `Name ${slug}`, status })
    .returning();
  if (!product) throw new Error('insert failed');
  await t.db
    .insert(variants)
    .values(
      prices.map((priceCents, i) => ({ productId: product.id, sku: `${slug}-${i}`, priceCents })),
    );
}

beforeAll(async () => {
  t = await createTestDatabase();
  const [shoes, shirts] = await t.db
    .insert(categories)
    .values([
      { slug: 'tenis', name: 'Tênis' },
      { slug: 'camisetas', name: 'Camisetas' },
    ])
    .returning();
  if (!shoes || !shirts) throw new Error('insert failed');
  await insertProduct(shoes.id, 'tenis-alvo', [10_000, 12_000]);
  await insertProduct(shoes.id, 'tenis-perto', [9_500]);
  await insertProduct(shoes.id, 'tenis-medio', [13_000, 8_000]);
  await insertProduct(shoes.id, 'tenis-longe', [50_000]);
  await insertProduct(shoes.id, 'tenis-muito-longe', [90_000]);
  await insertProduct(shoes.id, 'tenis-mais-longe', [99_000]);
  await insertProduct(shoes.id, 'tenis-rascunho', [10_000], 'draft');
  await insertProduct(shirts.id, 'camiseta-mesmo-preco', [10_000]);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  resetEnvForTests();
  await closeDb();
});

afterAll(async () => {
  await t.drop();
});

function useDatabase(flag: 'true' | 'false') {
  vi.stubEnv('DATABASE_URL', t.url);
  vi.stubEnv('FEATURE_RECOMMENDATION_AI', flag);
  resetEnvForTests();
}

const call = (slug: string) =>
  GET(new Request(`http://loja.test/api/recommendations/${slug}`), {
    params: Promise.resolve({ slug }),
  });

describe('listSimilarProducts', () => {
  it('returns up to 4 active products of the same category, closest minimum price first', async () => {
    const similar = await listSimilarProducts(t.db, 'tenis-alvo');
    expect(similar).toEqual([
      { slug: 'tenis-perto', name: 'Name tenis-perto', priceCents: 9_500, currency: 'BRL' },
      { slug: 'tenis-medio', name: 'Name tenis-medio', priceCents: 8_000, currency: 'BRL' },
      { slug: 'tenis-longe', name: 'Name tenis-longe', priceCents: 50_000, currency: 'BRL' },
      {
        slug: 'tenis-muito-longe',
        name: 'Name tenis-muito-longe',
        priceCents: 90_000,
        currency: 'BRL',
      },
    ]);
  });

  it('returns null for an unknown or inactive product', async () => {
    expect(await listSimilarProducts(t.db, 'nao-existe')).toBeNull();
    expect(await listSimilarProducts(t.db, 'tenis-rascunho')).toBeNull();
  });
});

describe('GET /api/recommendations/[slug]', () => {
  it('answers 404 feature_disabled when RECOMMENDATION_AI is off', async () => {
    useDatabase('false');
    const res = await call('tenis-alvo');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('feature_disabled');
    expect(body.error.message).toContain('RECOMMENDATION_AI');
  });

  it('answers 200 with similar products when on', async () => {
    useDatabase('true');
    const res = await call('tenis-alvo');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      products: { slug: string; priceCents: number; currency: string }[];
    };
    expect(body.products.map((p) => p.slug)).toEqual([
      'tenis-perto',
      'tenis-medio',
      'tenis-longe',
      'tenis-muito-longe',
    ]);
    expect(body.products[0]).toEqual({
      slug: 'tenis-perto',
      name: 'Name tenis-perto',
      priceCents: 9_500,
      currency: 'BRL',
    });
  });

  it('answers 404 not_found for an unknown slug when on', async () => {
    useDatabase('true');
    const res = await call('nao-existe');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('<Recommendations>', () => {
  it('renders links to similar products with prices when on, nothing when off', async () => {
    useDatabase('true');
    const html = renderToStaticMarkup(
      createElement('div', null, await Recommendations({ slug: 'tenis-alvo', locale: 'pt-BR' })),
    );
    expect(html).toContain('data-testid="recommendations"');
    expect(html).toContain('href="/p/tenis-perto"');
    expect(html).toMatch(/R\$\s95,00/);
    expect(html).not.toContain('camiseta-mesmo-preco');

    vi.stubEnv('FEATURE_RECOMMENDATION_AI', 'false');
    resetEnvForTests();
    expect(await Recommendations({ slug: 'tenis-alvo', locale: 'pt-BR' })).toBeNull();
  });
});
