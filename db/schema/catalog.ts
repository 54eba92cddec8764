import { relations, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Categories form a tree through parent_id; position orders siblings. */
export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id, {
      onDelete: 'restrict',
    }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    index('categories_parent_idx').on(t.parentId, t.position),
  ],
);

export const productStatus = ['draft', 'active', 'archived'] as const;

/**
 * A product groups variants. optionNames lists the axes the catalog defines for it, in display
 * order (e.g. ["Cor", "Tamanho"]); each variant names its value for every axis.
 */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    brand: text('brand'),
    status: text('status', { enum: productStatus }).notNull().default('active'),
    featured: boolean('featured').notNull().default(false),
    optionNames: text('option_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    index('products_category_idx').on(t.categoryId, t.status),
    index('products_created_idx').on(t.createdAt),
    index('products_featured_idx')
      .on(t.featured)
      .where(sql`${t.featured}`),
    check('products_status_check', sql`${t.status} in ('draft', 'active', 'archived')`),
  ],
);

/** A sellable SKU. Money is integer minor units (centavos) plus an ISO currency code. */
export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    priceCents: integer('price_cents').notNull(),
    compareAtCents: integer('compare_at_cents'),
    currency: char('currency', { length: 3 }).notNull().default('BRL'),
    position: integer('position').notNull().default(0),
    /** Package data for shipping quotes; null falls back to the store's default package. */
    weightGrams: integer('weight_grams'),
    lengthCm: integer('length_cm'),
    widthCm: integer('width_cm'),
    heightCm: integer('height_cm'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('variants_sku_key').on(t.sku),
    index('variants_product_idx').on(t.productId, t.position),
    check('variants_price_check', sql`${t.priceCents} >= 0`),
    check(
      'variants_compare_at_check',
      sql`${t.compareAtCents} is null or ${t.compareAtCents} > ${t.priceCents}`,
    ),
    check(
      'variants_package_check',
      sql`coalesce(${t.weightGrams}, 1) > 0 and coalesce(${t.lengthCm}, 1) > 0 and coalesce(${t.widthCm}, 1) > 0 and coalesce(${t.heightCm}, 1) > 0`,
    ),
  ],
);

/**
 * Variants without their own threshold alert at this on-hand level or below. Changing it needs a
 * migration: inventory_levels.stock_gap is generated from it.
 */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

/** Stock per variant, in its own table so stock writes do not contend with catalog edits. */
export const inventoryLevels = pgTable(
  'inventory_levels',
  {
    variantId: uuid('variant_id')
      .primaryKey()
      .references(() => variants.id, { onDelete: 'cascade' }),
    onHand: integer('on_hand').notNull().default(0),
    /**
     * Copy of stock_thresholds.low_stock_threshold (null: the default), kept by triggers
     * (migration sales_rollup_triggers) so the gap below is a plain, indexed column.
     */
    lowStockThreshold: integer('low_stock_threshold'),
    /** Copy of variants.sku (trigger), so the low-stock list reads (on_hand, sku) off an index. */
    variantSku: text('variant_sku'),
    /** on_hand − effective threshold: at or below zero is low stock. */
    stockGap: integer('stock_gap')
      .notNull()
      .generatedAlwaysAs(
        sql.raw(`on_hand - coalesce(low_stock_threshold, ${DEFAULT_LOW_STOCK_THRESHOLD})`),
      ),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('inventory_on_hand_check', sql`${t.onHand} >= 0`),
    index('inventory_levels_gap_idx').on(t.stockGap, t.variantId),
    index('inventory_levels_low_idx')
      .on(t.onHand, t.variantSku)
      .where(sql`${t.stockGap} <= 0`),
  ],
);

/**
 * Variants with no inventory_levels row yet (they count as on hand 0), kept by triggers, so the
 * low-stock lists find them by index instead of anti-joining every variant with every level row.
 */
export const variantsWithoutStock = pgTable('variants_without_stock', {
  variantId: uuid('variant_id')
    .primaryKey()
    .references(() => variants.id, { onDelete: 'cascade' }),
});

export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** When set, the image shows this option value (e.g. {"Cor": "Azul"}). */
    optionMatch: jsonb('option_match').$type<Record<string, string>>(),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  parent: one(categories, {
    fields: [categories.parentId],
    references: [categories.id],
    relationName: 'tree',
  }),
  children: many(categories, { relationName: 'tree' }),
  products: many(products),
}));

export const productsRelations = relations(products, ({ one, many }) => ({
  category: one(categories, { fields: [products.categoryId], references: [categories.id] }),
  variants: many(variants),
  images: many(productImages),
}));

export const variantsRelations = relations(variants, ({ one }) => ({
  product: one(products, { fields: [variants.productId], references: [products.id] }),
  inventory: one(inventoryLevels, {
    fields: [variants.id],
    references: [inventoryLevels.variantId],
  }),
}));

export const productImagesRelations = relations(productImages, ({ one }) => ({
  product: one(products, { fields: [productImages.productId], references: [products.id] }),
}));

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type Variant = typeof variants.$inferSelect;
export type NewVariant = typeof variants.$inferInsert;
export type InventoryLevel = typeof inventoryLevels.$inferSelect;
export type ProductImage = typeof productImages.$inferSelect;
