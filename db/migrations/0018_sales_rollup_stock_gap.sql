CREATE TABLE "sales_daily" (
	"day" date PRIMARY KEY NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"orders" integer NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_daily_variants" (
	"day" date NOT NULL,
	"variant_id" uuid,
	"product_name" text NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"units" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_rollup_changes" (
	"order_created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory_levels" ADD COLUMN "low_stock_threshold" integer;--> statement-breakpoint
ALTER TABLE "inventory_levels" ADD COLUMN "stock_gap" integer GENERATED ALWAYS AS (on_hand - coalesce(low_stock_threshold, 5)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "sales_daily_variants" ADD CONSTRAINT "sales_daily_variants_day_sales_daily_day_fk" FOREIGN KEY ("day") REFERENCES "public"."sales_daily"("day") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sales_daily_variants_day_idx" ON "sales_daily_variants" USING btree ("day");--> statement-breakpoint
CREATE INDEX "sales_rollup_changes_at_idx" ON "sales_rollup_changes" USING btree ("order_created_at");--> statement-breakpoint
CREATE INDEX "inventory_levels_gap_idx" ON "inventory_levels" USING btree ("stock_gap","variant_id");