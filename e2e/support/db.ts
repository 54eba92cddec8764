import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { embeddedUrl, readEmbeddedState } from '@/db/embedded-state';

/** The database the e2e server named `name` runs on (see e2e/support/server.ts). */
export async function e2eDatabaseUrl(name = 'main') {
  const database = `loja_e2e_${name}`;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${database}`;
    return url.toString();
  }
  const state = await readEmbeddedState(path.resolve(`.data/e2e-${name}`));
  if (!state) throw new Error(`The e2e server "${name}" has no embedded database running`);
  return embeddedUrl(state, database);
}

export async function withClient<T>(name: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: await e2eDatabaseUrl(name) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export type TestVariant = {
  options: Record<string, string>;
  priceCents: number;
  compareAtCents?: number;
  onHand: number;
};
export type TestProduct = {
  categorySlug: string;
  categoryName: string;
  slug: string;
  name: string;
  variants: (TestVariant & { sku: string })[];
};

/** Each spec creates the catalog rows it asserts on, under names no other spec uses. */
export async function createTestProduct(
  name: string,
  input: { optionNames: string[]; variants: TestVariant[]; server?: string; categorySlug?: string },
): Promise<TestProduct> {
  const suffix = randomBytes(4).toString('hex');
  const categorySlug = input.categorySlug ?? `e2e-${suffix}`;
  const categoryName = `E2E Categoria ${suffix}`;
  const slug = `e2e-produto-${suffix}`;
  const productName = `${name} ${suffix}`;
  return withClient(input.server ?? 'main', async (client) => {
    await client.query('begin');
    const category = await client.query<{ id: string }>(
      `insert into categories (slug, name, position) values ($1, $2, 999)
       on conflict (slug) do update set slug = excluded.slug returning id`,
      [categorySlug, categoryName],
    );
    const product = await client.query<{ id: string }>(
      `insert into products (category_id, slug, name, description, brand, option_names)
       values ($1, $2, $3, 'Produto criado pelo teste de ponta a ponta.', 'Loja E2E', $4) returning id`,
      [category.rows[0]!.id, slug, productName, input.optionNames],
    );
    const variants: TestProduct['variants'] = [];
    for (const [index, variant] of input.variants.entries()) {
      const sku = `E2E-${suffix}-${index}`;
      const row = await client.query<{ id: string }>(
        `insert into variants (product_id, sku, options, price_cents, compare_at_cents, position)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [
          product.rows[0]!.id,
          sku,
          JSON.stringify(variant.options),
          variant.priceCents,
          variant.compareAtCents ?? null,
          index,
        ],
      );
      await client.query('insert into inventory_levels (variant_id, on_hand) values ($1, $2)', [
        row.rows[0]!.id,
        variant.onHand,
      ]);
      variants.push({ ...variant, sku });
    }
    await client.query('commit');
    return { categorySlug, categoryName, slug, name: productName, variants };
  });
}
