import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/test-db';
import { countMigrationFiles, runMigrations } from './migrate';

let empty: TestDatabase;

beforeAll(async () => {
  empty = await createTestDatabase({ migrated: false });
});
afterAll(() => empty.drop());

describe('migrations', () => {
  it('build the whole schema on an empty database, and a second run changes nothing', async () => {
    await runMigrations(empty.url);
    await runMigrations(empty.url);
    const tables = await empty.pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'categories',
        'inventory_levels',
        'product_images',
        'products',
        'users',
        'variants',
      ]),
    );
    const applied = await empty.pool.query(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(applied.rows[0].n).toBe(await countMigrationFiles());
  });

  it('create the search and crypto extensions', async () => {
    const result = await empty.pool.query<{ extname: string }>('select extname from pg_extension');
    expect(result.rows.map((r) => r.extname)).toEqual(
      expect.arrayContaining(['unaccent', 'pg_trgm', 'pgcrypto']),
    );
  });

  it('refuse negative stock and negative prices at the database', async () => {
    const { rows } = await empty.pool.query<{ id: string }>(
      `with c as (insert into categories (slug, name) values ('c', 'C') returning id),
            p as (insert into products (category_id, slug, name) select id, 'p', 'P' from c returning id)
       insert into variants (product_id, sku, price_cents) select id, 'SKU-1', 1000 from p returning id`,
    );
    const variantId = rows[0]!.id;
    await expect(
      empty.pool.query('insert into inventory_levels (variant_id, on_hand) values ($1, -1)', [
        variantId,
      ]),
    ).rejects.toThrow(/inventory_on_hand_check/);
    await empty.pool.query('insert into inventory_levels (variant_id, on_hand) values ($1, 2)', [
      variantId,
    ]);
    await expect(
      empty.pool.query('update inventory_levels set on_hand = on_hand - 3 where variant_id = $1', [
        variantId,
      ]),
    ).rejects.toThrow(/inventory_on_hand_check/);
    await expect(
      empty.pool.query("update variants set price_cents = -5 where sku = 'SKU-1'"),
    ).rejects.toThrow(/variants_price_check/);
  });

  it('keep e-mail addresses unique regardless of case', async () => {
    await empty.pool.query("insert into users (email, name) values ('Ana@Loja.dev', 'Ana')");
    await expect(
      empty.pool.query("insert into users (email, name) values ('ana@loja.dev', 'Ana 2')"),
    ).rejects.toThrow(/users_email_key/);
  });
});
