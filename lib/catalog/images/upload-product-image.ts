import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { productImages, products } from '@/db/schema/catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { fieldError } from '../admin/catalog-errors';
import { getImageStorage, uploadUrl, type ImageStorage } from './image-storage';
import { IMAGE_TYPES, inspectImage } from './sniff-image';

type Ctx = {
  actor: Actor;
  ip?: string | null;
  db?: Database;
  cache?: TaggedCache;
  storage?: ImageStorage;
};

async function invalidate(cache: TaggedCache, productId: string, slug: string) {
  await cache.invalidateTags([
    CACHE_TAGS.search,
    CACHE_TAGS.product(productId),
    CACHE_TAGS.productSlug(slug),
  ]);
}

/**
 * Validates an uploaded file by its content (type, size, dimensions), stores it under a key
 * derived from its hash (the same picture uploaded twice is stored once) and appends it to the
 * product's gallery with its audit entry.
 */
export async function uploadProductImage(
  productId: string,
  file: { bytes: Uint8Array; alt: string },
  { actor, ip = null, db = getDb(), cache = getTaggedCache(), storage = getImageStorage() }: Ctx,
) {
  const alt = file.alt.trim();
  if (alt.length < 2 || alt.length > 200)
    throw fieldError('alt', alt.length < 2 ? 'too_short' : 'too_long', 'Describe the image.');
  const image = inspectImage(file.bytes);
  if ('rejected' in image)
    throw fieldError('image', `image_${image.rejected}`, `Image rejected: ${image.rejected}.`);
  const [product] = await db
    .select({ slug: products.slug })
    .from(products)
    .where(eq(products.id, productId));
  if (!product) throw new AppError('not_found', `No product ${productId}.`);
  const hash = createHash('sha256').update(file.bytes).digest('hex').slice(0, 32);
  const key = `products/${hash}.${IMAGE_TYPES[image.type].ext}`;
  await storage.put(key, file.bytes, IMAGE_TYPES[image.type].mime);
  const row = await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(productImages)
      .values({
        productId,
        url: uploadUrl(key),
        alt,
        width: image.width,
        height: image.height,
        position: sql`(select coalesce(max(position) + 1, 0) from product_images where product_id = ${productId})`,
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'product.image_add',
      entity: 'product',
      entityId: productId,
      after: { image: saved },
      ip,
    });
    return saved!;
  });
  await invalidate(cache, productId, product.slug);
  return row;
}

/** Removes one image from a product's gallery (the stored file stays: other rows may share it). */
export async function deleteProductImage(
  productId: string,
  imageId: string,
  { actor, ip = null, db = getDb(), cache = getTaggedCache() }: Ctx,
) {
  const slug = await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(productImages)
      .where(and(eq(productImages.id, imageId), eq(productImages.productId, productId)))
      .returning();
    if (!removed) throw new AppError('not_found', `No image ${imageId}.`);
    // products.updated_at is left alone: it versions the editor's form, which an image does not touch.
    const [product] = await tx
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.id, productId));
    await recordAudit(tx, {
      actor,
      action: 'product.image_remove',
      entity: 'product',
      entityId: productId,
      before: { image: removed },
      ip,
    });
    return product!.slug;
  });
  await invalidate(cache, productId, slug);
}
