import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { seedDemo } from './seed-demo';
import { seedLargeCatalog } from './seed-large-catalog';

let t: TestDatabase;

type Counts = {
  categories: number;
  products: number;
  variants: number;
  inventory: number;
  images: number;
  users: number;
};

async function counts(): Promise<Counts> {
  const result = await t.db.execute<Counts>(sql`
    select (select count(*)::int from categories) as categories,
           (select count(*)::int from products) as products,
           (select count(*)::int from variants) as variants,
           (select count(*)::int from inventory_levels) as inventory,
           (select count(*)::int from product_images) as images,
           (select count(*)::int from users) as users`);
  return result.rows[0]!;
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('seedDemo', () => {
  it('creates a realistic catalog and demo users', async () => {
    const result = await seedDemo(t.db);
    expect(result.created).toBe(true);
    expect(result.products).toBeGreaterThanOrEqual(200);

    const { rows } = await t.db.execute<{
      top: number;
      products: number;
      bad: number;
      featured: number;
    }>(sql`
      select (select count(*)::int from categories where parent_id is null) as top,
             (select count(*)::int from products where status = 'active') as products,
             (select count(*)::int from products p where not exists (
                select 1 from variants v join inventory_levels i on i.variant_id = v.id
                where v.product_id = p.id and v.price_cents > 0)) as bad,
             (select count(*)::int from products where featured) as featured`);
    const row = rows[0]!;
    expect(row.top).toBeGreaterThanOrEqual(10);
    expect(row.products).toBeGreaterThanOrEqual(200);
    expect(row.bad).toBe(0);
    expect(row.featured).toBeGreaterThanOrEqual(10);

    const { rows: orphans } = await t.db.execute<{ n: number }>(sql`
      select count(*)::int as n from variants v left join inventory_levels i on i.variant_id = v.id where i.variant_id is null`);
    expect(orphans[0]!.n).toBe(0);

    const { rows: users } = await t.db.execute<{
      email: string;
      role: string;
      password_hash: string;
    }>(sql`select email, role, password_hash from users order by email`);
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['admin@loja.dev', 'admin'],
      ['cliente@loja.dev', 'customer'],
      ['courier@loja.dev', 'courier'],
    ]);
    const { rows: fleet } = await t.db.execute<{ first_name: string; status: string }>(
      sql`select first_name, status from couriers`,
    );
    expect(fleet).toEqual([{ first_name: 'Carla', status: 'available' }]);
    expect(users.every((u) => u.password_hash.startsWith('$argon2'))).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    const result = await seedDemo(t.db);
    expect(result.created).toBe(false);
    expect(await counts()).toEqual(before);
  });
});

describe('seedLargeCatalog', () => {
  it('adds exactly the requested number of active products, in batches', async () => {
    const before = await counts();
    const progress: number[] = [];
    const result = await seedLargeCatalog(t.db, 2500, (done) => progress.push(done));
    expect(result.products).toBe(2500);
    expect(progress).toEqual([1000, 2000, 2500]);
    const after = await counts();
    expect(after.products - before.products).toBe(2500);
    const { rows } = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from products where status = 'active' and slug ~ '-x[0-9]+$'`,
    );
    expect(rows[0]!.n).toBe(2500);
    expect(after.categories).toBe(before.categories);
  });

  it('continues numbering on a second run instead of colliding', async () => {
    await seedLargeCatalog(t.db, 10);
    const { rows } = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from products where slug ~ '-x[0-9]+$'`,
    );
    expect(rows[0]!.n).toBe(2510);
  });
});
