import { inArray, sql } from 'drizzle-orm';
import { products } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { seedDemoUsers } from './demo-users';
import { seedDemoCourier } from './seed-couriers';
import { generateDemoCatalog } from './generate-catalog';
import { seedLogistics } from './seed-logistics';
import { insertProducts, upsertCategories } from './write-catalog';

export type SeedDemoResult = {
  /** True when this run inserted anything (categories aside). */
  created: boolean;
  /** Demo products present after the run (the same number on every run). */
  products: number;
};

/** Seeds the demo catalog, demo users and delivery zones. Idempotent: rows are matched by slug, SKU and email. */
export async function seedDemo(db: Database): Promise<SeedDemoResult> {
  const catalog = generateDemoCatalog();
  return db.transaction(async (tx) => {
    const categoryIds = await upsertCategories(tx, catalog.categories);
    const insertedProducts = await insertProducts(tx, catalog.products, categoryIds);
    const insertedUsers = await seedDemoUsers(tx);
    await seedLogistics(tx);
    await seedDemoCourier(tx);
    const [row] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(products)
      .where(
        inArray(
          products.slug,
          catalog.products.map((p) => p.slug),
        ),
      );
    return { created: insertedProducts + insertedUsers > 0, products: row?.count ?? 0 };
  });
}
