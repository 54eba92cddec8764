ALTER TABLE "inventory_levels" ADD COLUMN "variant_sku" text;--> statement-breakpoint
CREATE INDEX "inventory_levels_low_idx" ON "inventory_levels" USING btree ("on_hand","variant_sku") WHERE "inventory_levels"."stock_gap" <= 0;
-- inventory_levels.variant_sku mirrors variants.sku, so inventory_levels_low_idx serves the
-- low-stock list's (on_hand, sku) order without sorting every low variant.
UPDATE "inventory_levels" l SET "variant_sku" = v."sku" FROM "variants" v WHERE v."id" = l."variant_id";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION inventory_levels_fill_threshold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.low_stock_threshold IS NULL THEN
    SELECT t.low_stock_threshold INTO NEW.low_stock_threshold
    FROM stock_thresholds t WHERE t.variant_id = NEW.variant_id;
  END IF;
  SELECT v.sku INTO NEW.variant_sku FROM variants v WHERE v.id = NEW.variant_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION inventory_levels_copy_sku() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inventory_levels SET variant_sku = NEW.sku WHERE variant_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_copy_sku AFTER UPDATE OF sku ON variants
FOR EACH ROW WHEN (OLD.sku IS DISTINCT FROM NEW.sku) EXECUTE FUNCTION inventory_levels_copy_sku();
