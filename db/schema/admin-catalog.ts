import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { products, variants } from './catalog';
import { users } from './users';

/**
 * Admin-only fields of a product, beside the storefront's products table: SEO overrides and who
 * saved it last, so a stale save can say who changed the product meanwhile.
 */
export const productAdminDetails = pgTable('product_admin_details', {
  productId: uuid('product_id')
    .primaryKey()
    .references(() => products.id, { onDelete: 'cascade' }),
  seoTitle: text('seo_title'),
  seoDescription: text('seo_description'),
  lastEditedBy: uuid('last_edited_by').references(() => users.id, { onDelete: 'set null' }),
  lastEditedByName: text('last_edited_by_name'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Per-variant low-stock alert level; variants without a row use the store default. */
export const stockThresholds = pgTable(
  'stock_thresholds',
  {
    variantId: uuid('variant_id')
      .primaryKey()
      .references(() => variants.id, { onDelete: 'cascade' }),
    lowStockThreshold: integer('low_stock_threshold').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('stock_thresholds_nonnegative', sql`${t.lowStockThreshold} >= 0`)],
);

export type ProductAdminDetails = typeof productAdminDetails.$inferSelect;
