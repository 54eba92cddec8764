-- Custom SQL migration file, put your code below! --
-- The inventory page filters by SKU prefix, case-insensitively (ilike): a trigram index serves it.
CREATE INDEX IF NOT EXISTS "variants_sku_trgm_idx" ON "variants" USING gin ("sku" gin_trgm_ops);
