import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { categories } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { CategorySeed, GeneratedProduct } from './types';

/** Inserts missing categories (by slug), parents before children; returns every slug's id. */
export async function upsertCategories(
  db: Executor,
  tree: readonly CategorySeed[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let level: { seed: CategorySeed; parentSlug: string | null; position: number }[] = tree.map(
    (seed, position) => ({ seed, parentSlug: null, position }),
  );
  while (level.length > 0) {
    await db
      .insert(categories)
      .values(
        level.map(({ seed, parentSlug, position }) => ({
          slug: seed.slug,
          name: seed.name,
          description: seed.description,
          position,
          parentId: parentSlug ? ids.get(parentSlug) : null,
        })),
      )
      .onConflictDoNothing({ target: categories.slug });
    const rows = await db
      .select({ id: categories.id, slug: categories.slug })
      .from(categories)
      .where(
        inArray(
          categories.slug,
          level.map((l) => l.seed.slug),
        ),
      );
    for (const row of rows) ids.set(row.slug, row.id);
    level = level.flatMap(({ seed }) =>
      (seed.children ?? []).map((child, position) => ({
        seed: child,
        parentSlug: seed.slug,
        position,
      })),
    );
  }
  return ids;
}

/**
 * Multi-row inserts of products with their variants, stock and images: each table gets one
 * statement whose rows travel as a single JSON parameter (jsonb_to_recordset), which is several
 * times faster than thousands of bind parameters. Products whose slug already exists are skipped
 * together with their children, which makes re-running a no-op. Returns how many were inserted.
 */
export async function insertProducts(
  db: Executor,
  items: GeneratedProduct[],
  categoryIds: Map<string, string>,
  now = Date.now(),
): Promise<number> {
  if (items.length === 0) return 0;
  const withIds = items.map((item) => {
    const categoryId = categoryIds.get(item.categorySlug);
    if (!categoryId)
      throw new Error(`unknown category ${item.categorySlug} for product ${item.slug}`);
    return { item, id: randomUUID(), categoryId };
  });
  const productRows = withIds.map(({ item, id, categoryId }) => ({
    id,
    category_id: categoryId,
    slug: item.slug,
    name: item.name,
    description: item.description,
    brand: item.brand,
    featured: item.featured,
    option_names: item.optionNames,
    created_at: new Date(now - item.ageMinutes * 60_000).toISOString(),
  }));
  const { rows: inserted } = await db.execute<{ id: string }>(sql`
    insert into products (id, category_id, slug, name, description, brand, status, featured, option_names, created_at, updated_at)
    select id, category_id, slug, name, description, brand, 'active', featured, option_names, created_at, created_at
    from jsonb_to_recordset(${JSON.stringify(productRows)}::jsonb) as x(id uuid, category_id uuid, slug text, name text, description text, brand text, featured boolean, option_names text[], created_at timestamptz)
    on conflict (slug) do nothing
    returning id`);
  const insertedIds = new Set(inserted.map((row) => row.id));
  const fresh = withIds.filter(({ id }) => insertedIds.has(id));
  if (fresh.length === 0) return 0;

  const variantRows = fresh.flatMap(({ item, id }) =>
    item.variants.map((v) => ({
      id: randomUUID(),
      product_id: id,
      sku: v.sku,
      options: v.options,
      price_cents: v.priceCents,
      compare_at_cents: v.compareAtCents,
      position: v.position,
      on_hand: v.onHand,
    })),
  );
  await db.execute(sql`
    insert into variants (id, product_id, sku, options, price_cents, compare_at_cents, currency, position)
    select id, product_id, sku, options, price_cents, compare_at_cents, 'BRL', position
    from jsonb_to_recordset(${JSON.stringify(variantRows)}::jsonb) as x(id uuid, product_id uuid, sku text, options jsonb, price_cents integer, compare_at_cents integer, position integer)`);
  await db.execute(sql`
    insert into inventory_levels (variant_id, on_hand)
    select id, on_hand from jsonb_to_recordset(${JSON.stringify(variantRows)}::jsonb) as x(id uuid, on_hand integer)`);

  const imageRows = fresh.flatMap(({ item, id }) =>
    item.images.map((image) => ({
      product_id: id,
      option_match: image.optionMatch,
      url: image.url,
      alt: image.alt,
      width: image.width,
      height: image.height,
      position: image.position,
    })),
  );
  await db.execute(sql`
    insert into product_images (product_id, option_match, url, alt, width, height, position)
    select product_id, option_match, url, alt, width, height, position
    from jsonb_to_recordset(${JSON.stringify(imageRows)}::jsonb) as x(product_id uuid, option_match jsonb, url text, alt text, width integer, height integer, position integer)`);
  return fresh.length;
}
