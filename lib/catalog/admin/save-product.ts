import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { categories, inventoryLevels, products, variants } from '@/db/schema/catalog';
import { productAdminDetails } from '@/db/schema/admin-catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { fieldError, staleWrite } from './catalog-errors';
import { productFormSchema, type ProductFormData } from './product-form-schema';
import { readProductSnapshot } from './product-snapshot';

export type SaveContext = { actor: Actor; ip?: string | null; db?: Database; cache?: TaggedCache };

/**
 * Creates (productId null) or replaces a product with its variants, SEO fields and barcodes, in
 * one transaction with its audit entry. An edit must name the updated_at it was based on; a newer
 * row means someone saved meanwhile and the save is refused (409 naming who and when) rather
 * than overwriting their change. Variants missing from the input are removed.
 */
export async function saveProduct(
  productId: string | null,
  input: unknown,
  { actor, ip = null, db = getDb(), cache = getTaggedCache() }: SaveContext,
): Promise<{ id: string; slug: string; updatedAt: Date }> {
  const data = productFormSchema.parse(input);
  const result = await db.transaction(async (tx) => {
    let before: Awaited<ReturnType<typeof readProductSnapshot>> = null;
    if (productId) {
      const [row] = await tx
        .select({ updatedAt: products.updatedAt, by: productAdminDetails.lastEditedByName })
        .from(products)
        .leftJoin(productAdminDetails, eq(productAdminDetails.productId, products.id))
        .where(eq(products.id, productId))
        .for('update', { of: products });
      if (!row) throw new AppError('not_found', `No product ${productId}.`);
      if (!data.expectedUpdatedAt)
        throw fieldError(
          'expectedUpdatedAt',
          'required',
          'An edit must say which version it changes.',
        );
      if (row.updatedAt.getTime() !== new Date(data.expectedUpdatedAt).getTime())
        throw staleWrite('product', row.by, row.updatedAt);
      before = await readProductSnapshot(tx, productId);
    }
    const id = await writeProduct(tx, productId, data, { deleteMissingVariants: true });
    await tx
      .insert(productAdminDetails)
      .values({
        productId: id,
        seoTitle: data.seoTitle,
        seoDescription: data.seoDescription,
        lastEditedBy: actor.userId,
        lastEditedByName: actor.name || actor.email,
      })
      .onConflictDoUpdate({
        target: productAdminDetails.productId,
        set: {
          seoTitle: data.seoTitle,
          seoDescription: data.seoDescription,
          lastEditedBy: actor.userId,
          lastEditedByName: actor.name || actor.email,
          updatedAt: new Date(),
        },
      });
    const after = await readProductSnapshot(tx, id);
    await recordAudit(tx, {
      actor,
      action: productId ? 'product.update' : 'product.create',
      entity: 'product',
      entityId: id,
      before,
      after,
      ip,
    });
    return { id, slug: after!.slug, updatedAt: after!.updatedAt, oldSlug: before?.slug };
  });
  await cache.invalidateTags([
    CACHE_TAGS.search,
    CACHE_TAGS.product(result.id),
    CACHE_TAGS.productSlug(result.slug),
    ...(result.oldSlug && result.oldSlug !== result.slug
      ? [CACHE_TAGS.productSlug(result.oldSlug)]
      : []),
  ]);
  return { id: result.id, slug: result.slug, updatedAt: result.updatedAt };
}

type WriteOptions = { deleteMissingVariants: boolean };
type ProductFields = Omit<ProductFormData, 'seoTitle' | 'seoDescription' | 'expectedUpdatedAt'>;

/**
 * Writes a product row and upserts its variants (matched by id, else by SKU within the product),
 * barcodes and inventory rows. Shared by the editor and the CSV import; the caller owns the
 * transaction, the audit entry and cache invalidation. Slug, SKU and barcode clashes with other
 * products are reported as field errors.
 */
export async function writeProduct(
  tx: Executor,
  productId: string | null,
  data: ProductFields,
  { deleteMissingVariants }: WriteOptions,
): Promise<string> {
  const [category] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.id, data.categoryId));
  if (!category) throw fieldError('categoryId', 'unknown_category', 'No such category.');
  const slugClash = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.slug, data.slug), productId ? ne(products.id, productId) : sql`true`));
  if (slugClash.length > 0)
    throw fieldError('slug', 'slug_taken', 'Another product uses this slug.');

  const fields = {
    name: data.name,
    slug: data.slug,
    description: data.description,
    brand: data.brand,
    categoryId: data.categoryId,
    status: data.status,
    optionNames: data.optionNames,
    updatedAt: new Date(),
  };
  let id = productId;
  if (id) await tx.update(products).set(fields).where(eq(products.id, id));
  else id = (await tx.insert(products).values(fields).returning({ id: products.id }))[0]!.id;

  const existing = await tx
    .select({ id: variants.id, sku: variants.sku })
    .from(variants)
    .where(eq(variants.productId, id));
  const bySku = new Map(existing.map((v) => [v.sku.toLowerCase(), v.id]));
  const ownIds = new Set(existing.map((v) => v.id));
  const skus = data.variants.map((v) => v.sku);
  const taken = await tx
    .select({ sku: variants.sku })
    .from(variants)
    .where(and(inArray(variants.sku, skus), ne(variants.productId, id)));
  const takenSet = new Set(taken.map((t) => t.sku));
  data.variants.forEach((v, i) => {
    if (takenSet.has(v.sku))
      throw fieldError(
        `variants.${i}.sku`,
        'sku_taken',
        `SKU ${v.sku} belongs to another product.`,
      );
    if (v.id && !ownIds.has(v.id))
      throw fieldError(`variants.${i}.id`, 'invalid', 'This variant belongs to another product.');
  });

  const keep: string[] = [];
  const toOptions = (values: string[]) =>
    Object.fromEntries(data.optionNames.map((name, j) => [name, values[j] ?? '']));
  for (const [i, v] of data.variants.entries()) {
    const variantId = v.id ?? bySku.get(v.sku.toLowerCase());
    const row = {
      sku: v.sku,
      options: toOptions(v.options),
      priceCents: v.price,
      compareAtCents: v.compareAt,
      position: i,
      updatedAt: new Date(),
    };
    let savedId: string;
    if (variantId) {
      await tx.update(variants).set(row).where(eq(variants.id, variantId));
      savedId = variantId;
    } else {
      savedId = (
        await tx
          .insert(variants)
          .values({ ...row, productId: id })
          .returning({ id: variants.id })
      )[0]!.id;
    }
    keep.push(savedId);
    await tx
      .insert(inventoryLevels)
      .values({ variantId: savedId, onHand: 0 })
      .onConflictDoNothing();
    await writeBarcode(tx, savedId, v.barcode, i);
  }
  if (deleteMissingVariants) {
    const drop = existing.filter((v) => !keep.includes(v.id)).map((v) => v.id);
    if (drop.length > 0) await tx.delete(variants).where(inArray(variants.id, drop));
  }
  return id;
}

async function writeBarcode(tx: Executor, variantId: string, code: string | null, index: number) {
  if (code === null) {
    await tx.execute(sql`delete from product_barcodes where variant_id = ${variantId}`);
    return;
  }
  const { rows } = await tx.execute<{ variant_id: string }>(
    sql`select variant_id from product_barcodes where code = ${code} and variant_id <> ${variantId}`,
  );
  if (rows.length > 0)
    throw fieldError(`variants.${index}.barcode`, 'barcode_taken', `Barcode ${code} is in use.`);
  await tx.execute(sql`insert into product_barcodes (variant_id, code) values (${variantId}, ${code})
    on conflict (variant_id) do update set code = excluded.code`);
}
