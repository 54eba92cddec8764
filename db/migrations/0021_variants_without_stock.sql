CREATE TABLE "variants_without_stock" (
	"variant_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "variants_without_stock" ADD CONSTRAINT "variants_without_stock_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;
-- variants_without_stock: filled on variant insert, emptied when the level row arrives.
INSERT INTO "variants_without_stock" ("variant_id")
SELECT v."id" FROM "variants" v WHERE NOT EXISTS (SELECT 1 FROM "inventory_levels" l WHERE l."variant_id" = v."id");
--> statement-breakpoint
CREATE FUNCTION variants_without_stock_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO variants_without_stock (variant_id)
  SELECT n.id FROM new_variants n
  WHERE NOT EXISTS (SELECT 1 FROM inventory_levels l WHERE l.variant_id = n.id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_without_stock_add AFTER INSERT ON variants
REFERENCING NEW TABLE AS new_variants FOR EACH STATEMENT EXECUTE FUNCTION variants_without_stock_add();
--> statement-breakpoint
CREATE FUNCTION variants_without_stock_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM variants_without_stock w USING new_levels n WHERE w.variant_id = n.variant_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_without_stock_remove AFTER INSERT ON inventory_levels
REFERENCING NEW TABLE AS new_levels FOR EACH STATEMENT EXECUTE FUNCTION variants_without_stock_remove();
--> statement-breakpoint
-- A level row deleted while its variant stays (a variant's own delete cascades to both).
CREATE FUNCTION variants_without_stock_readd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO variants_without_stock (variant_id)
  SELECT v.id FROM old_levels o JOIN variants v ON v.id = o.variant_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_without_stock_readd AFTER DELETE ON inventory_levels
REFERENCING OLD TABLE AS old_levels FOR EACH STATEMENT EXECUTE FUNCTION variants_without_stock_readd();
