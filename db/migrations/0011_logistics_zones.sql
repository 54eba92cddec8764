CREATE TABLE "delivery_zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 100 NOT NULL,
	"cep_ranges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"polygon" jsonb,
	"free_shipping_from_cents" integer,
	"same_day_cutoff" text,
	"currency" char(3) DEFAULT 'BRL' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_zones_kind_check" CHECK ("delivery_zones"."kind" in ('own_fleet', 'carrier')),
	CONSTRAINT "delivery_zones_cutoff_check" CHECK ("delivery_zones"."same_day_cutoff" is null or "delivery_zones"."same_day_cutoff" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "delivery_zones_free_check" CHECK ("delivery_zones"."free_shipping_from_cents" is null or "delivery_zones"."free_shipping_from_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "logistics_settings" (
	"id" text PRIMARY KEY DEFAULT 'store' NOT NULL,
	"origin_lat" double precision NOT NULL,
	"origin_lng" double precision NOT NULL,
	"pickup_enabled" boolean DEFAULT false NOT NULL,
	"pickup_name" text DEFAULT '' NOT NULL,
	"pickup_address" text DEFAULT '' NOT NULL,
	"pickup_ready_hours" integer DEFAULT 2 NOT NULL,
	"default_weight_grams" integer DEFAULT 500 NOT NULL,
	"default_length_cm" integer DEFAULT 20 NOT NULL,
	"default_width_cm" integer DEFAULT 15 NOT NULL,
	"default_height_cm" integer DEFAULT 10 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "logistics_settings_singleton_check" CHECK ("logistics_settings"."id" = 'store'),
	CONSTRAINT "logistics_settings_origin_check" CHECK ("logistics_settings"."origin_lat" between -90 and 90 and "logistics_settings"."origin_lng" between -180 and 180),
	CONSTRAINT "logistics_settings_defaults_check" CHECK ("logistics_settings"."pickup_ready_hours" >= 0 and "logistics_settings"."default_weight_grams" > 0 and "logistics_settings"."default_length_cm" > 0 and "logistics_settings"."default_width_cm" > 0 and "logistics_settings"."default_height_cm" > 0)
);
--> statement-breakpoint
CREATE TABLE "zone_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"service" text NOT NULL,
	"label" text NOT NULL,
	"min_weight_grams" integer DEFAULT 0 NOT NULL,
	"max_weight_grams" integer,
	"min_distance_km" double precision,
	"max_distance_km" double precision,
	"price_cents" integer NOT NULL,
	"per_extra_kg_cents" integer,
	"max_sum_cm" integer,
	"max_dimension_cm" integer,
	"days_min" integer DEFAULT 1 NOT NULL,
	"days_max" integer DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_rates_values_check" CHECK ("zone_rates"."price_cents" >= 0 and "zone_rates"."min_weight_grams" >= 0 and "zone_rates"."days_min" >= 0 and "zone_rates"."days_max" >= "zone_rates"."days_min"),
	CONSTRAINT "zone_rates_weight_band_check" CHECK ("zone_rates"."max_weight_grams" is null or "zone_rates"."max_weight_grams" >= "zone_rates"."min_weight_grams"),
	CONSTRAINT "zone_rates_distance_band_check" CHECK ("zone_rates"."max_distance_km" is null or "zone_rates"."min_distance_km" is null or "zone_rates"."max_distance_km" >= "zone_rates"."min_distance_km")
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
ALTER TABLE "zone_rates" ADD CONSTRAINT "zone_rates_zone_id_delivery_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."delivery_zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_zones_active_idx" ON "delivery_zones" USING btree ("active","priority");--> statement-breakpoint
CREATE INDEX "zone_rates_zone_idx" ON "zone_rates" USING btree ("zone_id","position");--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_package_check" CHECK (coalesce("variants"."weight_grams", 1) > 0 and coalesce("variants"."length_cm", 1) > 0 and coalesce("variants"."width_cm", 1) > 0 and coalesce("variants"."height_cm", 1) > 0);--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_kind_check" CHECK ("orders"."shipping_kind" is null or "orders"."shipping_kind" in ('own_fleet', 'carrier', 'pickup'));