CREATE TABLE "product_admin_details" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"seo_title" text,
	"seo_description" text,
	"last_edited_by" uuid,
	"last_edited_by_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_thresholds" (
	"variant_id" uuid PRIMARY KEY NOT NULL,
	"low_stock_threshold" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_thresholds_nonnegative" CHECK ("stock_thresholds"."low_stock_threshold" >= 0)
);
--> statement-breakpoint
ALTER TABLE "product_admin_details" ADD CONSTRAINT "product_admin_details_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_admin_details" ADD CONSTRAINT "product_admin_details_last_edited_by_users_id_fk" FOREIGN KEY ("last_edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_thresholds" ADD CONSTRAINT "stock_thresholds_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Admin product list: keyset pages by name and a substring filter on 100k products.
CREATE INDEX IF NOT EXISTS "products_name_id_idx" ON "products" ("name", "id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_updated_id_idx" ON "products" ("updated_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);
