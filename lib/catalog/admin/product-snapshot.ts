import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { productImages, products, variants } from '@/db/schema/catalog';
import { productAdminDetails } from '@/db/schema/admin-catalog';
import type { Executor } from '@/lib/db/client';

export type AdminVariant = {
  id: string;
  sku: string;
  options: Record<string, string>;
  priceCents: number;
  compareAtCents: number | null;
  barcode: string | null;
};

export type AdminImage = { id: string; url: string; alt: string; width: number; height: number };

export type ProductSnapshot = {
  id: string;
  name: string;
  slug: string;
  description: string;
  brand: string | null;
  categoryId: string;
  status: 'draft' | 'active' | 'archived';
  optionNames: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: Date;
  lastEditedByName: string | null;
  variants: AdminVariant[];
  images: AdminImage[];
};

/** Everything the editor shows and the audit log compares, for one product (null if absent). */
export async function readProductSnapshot(
  db: Executor,
  productId: string,
): Promise<ProductSnapshot | null> {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      slug: products.slug,
      description: products.description,
      brand: products.brand,
      categoryId: products.categoryId,
      status: products.status,
      optionNames: products.optionNames,
      updatedAt: products.updatedAt,
      seoTitle: productAdminDetails.seoTitle,
      seoDescription: productAdminDetails.seoDescription,
      lastEditedByName: productAdminDetails.lastEditedByName,
    })
    .from(products)
    .leftJoin(productAdminDetails, eq(productAdminDetails.productId, products.id))
    .where(eq(products.id, productId));
  if (!row) return null;
  const [variantRows, images] = await Promise.all([
    db
      .select({
        id: variants.id,
        sku: variants.sku,
        options: variants.options,
        priceCents: variants.priceCents,
        compareAtCents: variants.compareAtCents,
        barcode: sql<
          string | null
        >`(select code from product_barcodes b where b.variant_id = ${variants.id})`,
      })
      .from(variants)
      .where(eq(variants.productId, productId))
      .orderBy(asc(variants.position), asc(variants.sku)),
    db
      .select({
        id: productImages.id,
        url: productImages.url,
        alt: productImages.alt,
        width: productImages.width,
        height: productImages.height,
      })
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(asc(productImages.position)),
  ]);
  return { ...row, variants: variantRows, images };
}
