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
ALTER TABLE "variants" ADD COLUMN "weight_grams" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "length_cm" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "width_cm" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "height_cm" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipping_kind" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipping_method_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipping_label" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipping_zone_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_estimate_from" date;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_estimate_to" date;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_lat" double precision;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_lng" double precision;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "package_weight_grams" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "carrier" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tracking_code" text;--> statement-breakpoint
ALTER TABLE "product_admin_details" ADD CONSTRAINT "product_admin_details_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_admin_details" ADD CONSTRAINT "product_admin_details_last_edited_by_users_id_fk" FOREIGN KEY ("last_edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_thresholds" ADD CONSTRAINT "stock_thresholds_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_package_check" CHECK (coalesce("variants"."weight_grams", 1) > 0 and coalesce("variants"."length_cm", 1) > 0 and coalesce("variants"."width_cm", 1) > 0 and coalesce("variants"."height_cm", 1) > 0);--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_kind_check" CHECK ("orders"."shipping_kind" is null or "orders"."shipping_kind" in ('own_fleet', 'carrier', 'pickup'));--> statement-breakpoint
-- Admin product list: keyset pages by name and a substring filter on 100k products.
CREATE INDEX IF NOT EXISTS "products_name_id_idx" ON "products" ("name", "id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_updated_id_idx" ON "products" ("updated_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);
