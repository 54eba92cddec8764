import { sql } from 'drizzle-orm';
import { products } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { CATEGORY_TREE } from './data/categories';
import { generateLargeProduct } from './generate-catalog';
import { insertProducts, upsertCategories } from './write-catalog';

const BATCH_SIZE = 1000;
// Large-catalog slugs end in "-x<serial>"; numbering continues after the highest one present.
const SERIAL_PATTERN = '-x([0-9]+)$';

/**
 * Adds `count` generated products (for benchmarks and search at scale), in batches of 1000
 * multi-row inserts, each batch in its own transaction.
 */
export async function seedLargeCatalog(
  db: Database,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ products: number }> {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const categoryIds = await upsertCategories(db, CATEGORY_TREE);
  const [row] = await db
    .select({
      max: sql<number>`coalesce(max((substring(${products.slug} from ${SERIAL_PATTERN}))::int), -1)::int`,
    })
    .from(products)
    .where(sql`${products.slug} ~ ${SERIAL_PATTERN}`);
  const start = (row?.max ?? -1) + 1;
  let done = 0;
  while (done < count) {
    const size = Math.min(BATCH_SIZE, count - done);
    const batch = Array.from({ length: size }, (_, i) => generateLargeProduct(start + done + i));
    await db.transaction((tx) => insertProducts(tx, batch, categoryIds));
    done += size;
    onProgress?.(done, count);
  }
  return { products: done };
}
