-- Product search (lib/search). Raw SQL on purpose: none of these objects is in the drizzle schema,
-- so drizzle-kit never tries to manage them. search_documents is a denormalised copy of each active
-- product (prices, stock, options, category path, weighted tsvector) kept current by statement-level
-- triggers, so searches and facet counts read one table.

-- unaccent() is only STABLE (it depends on search_path); a two-argument call with an explicit
-- dictionary is safe to declare IMMUTABLE, which indexes and generated expressions require.
CREATE OR REPLACE FUNCTION loja_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;--> statement-breakpoint

-- Portuguese stemming on accent-free words: `café`, `cafe` and `CAFÉS` meet on one lexeme.
CREATE TEXT SEARCH CONFIGURATION loja_pt (COPY = pg_catalog.portuguese);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION loja_pt
  ALTER MAPPING FOR hword, hword_part, word, asciihword, asciiword
  WITH public.unaccent, portuguese_stem;--> statement-breakpoint
-- Unstemmed, accent-free words: prefix matching (autocomplete) needs whole words, not stems.
CREATE TEXT SEARCH CONFIGURATION loja_simple (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION loja_simple
  ALTER MAPPING FOR hword, hword_part, word, asciihword, asciiword
  WITH public.unaccent, simple;--> statement-breakpoint

-- Barcodes (EAN/GTIN) per variant, until the catalog schema carries them.
CREATE TABLE product_barcodes (
  variant_id uuid PRIMARY KEY REFERENCES variants(id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{8,14}$')
);--> statement-breakpoint

CREATE TABLE search_documents (
  product_id uuid PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  brand text,
  category_id uuid NOT NULL,
  -- The product's category and all its ancestors, so a department filter finds its leaves.
  category_ids uuid[] NOT NULL,
  min_price integer NOT NULL,
  max_price integer NOT NULL,
  compare_at_cents integer,
  currency text NOT NULL,
  in_stock boolean NOT NULL,
  -- "Cor=Azul", "Tamanho=M": one GIN index serves every option axis.
  option_values text[] NOT NULL,
  -- Lower-cased SKUs and barcodes for exact lookup.
  identifiers text[] NOT NULL,
  -- Fed by orders when they exist; "best selling" sorts on it.
  sales_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  document tsvector NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);--> statement-breakpoint
CREATE INDEX search_documents_document_idx ON search_documents USING gin (document);--> statement-breakpoint
CREATE INDEX search_documents_category_idx ON search_documents USING gin (category_ids);--> statement-breakpoint
CREATE INDEX search_documents_options_idx ON search_documents USING gin (option_values);--> statement-breakpoint
CREATE INDEX search_documents_identifiers_idx ON search_documents USING gin (identifiers);--> statement-breakpoint
CREATE INDEX search_documents_price_idx ON search_documents (min_price);--> statement-breakpoint
CREATE INDEX search_documents_created_idx ON search_documents (created_at DESC);--> statement-breakpoint

-- Distinct words of names, brands and categories: typos are matched against this small table
-- (its own trigram index) instead of against whole product names, which is slow and misses.
CREATE TABLE search_terms (
  term text PRIMARY KEY,
  frequency integer NOT NULL DEFAULT 1
);--> statement-breakpoint
CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops);--> statement-breakpoint

-- Admin-managed groups of equivalent terms (celular = smartphone), stored normalised.
CREATE TABLE search_synonyms (
  id serial PRIMARY KEY,
  terms text[] NOT NULL CHECK (cardinality(terms) >= 2),
  updated_at timestamptz NOT NULL DEFAULT now()
);--> statement-breakpoint

-- Product ids whose search document changed, for the Elasticsearch worker. Rows are only written
-- once an index exists (search_sync_state.outbox_enabled), so the PostgreSQL-only setup keeps none.
CREATE TABLE search_outbox (
  id bigserial PRIMARY KEY,
  product_id uuid NOT NULL,
  enqueued_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  available_at timestamptz NOT NULL DEFAULT now(),
  last_error text
);--> statement-breakpoint
CREATE INDEX search_outbox_available_idx ON search_outbox (available_at, id);--> statement-breakpoint
CREATE TABLE search_sync_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  outbox_enabled boolean NOT NULL DEFAULT false
);--> statement-breakpoint
INSERT INTO search_sync_state (id, outbox_enabled) VALUES (true, false);--> statement-breakpoint

-- One row per normalised query: popular suggestions and "did you mean" history.
CREATE TABLE search_queries (
  query text NOT NULL,
  locale text NOT NULL,
  searches integer NOT NULL DEFAULT 1,
  last_results integer NOT NULL,
  last_searched_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (query, locale)
);--> statement-breakpoint
CREATE INDEX search_queries_prefix_idx ON search_queries (locale, query text_pattern_ops);--> statement-breakpoint

-- Whether any product contains `word` (after stemming), through the GIN index. Written inline,
-- the planner prefers a sequential scan "until the first match", which reads every document
-- for a word no product contains (3 s on 100,000 products instead of 0.1 ms).
CREATE OR REPLACE FUNCTION search_word_known(word text) RETURNS boolean
LANGUAGE sql STABLE SET enable_seqscan = off SET jit = off AS $$
  SELECT numnode(plainto_tsquery('loja_pt', word)) = 0
    OR EXISTS (SELECT 1 FROM search_documents d WHERE d.document @@ plainto_tsquery('loja_pt', word))
$$;--> statement-breakpoint

-- Refreshes always touch a known set of products, so index lookups are always the right plan; but
-- while a seed grows the tables, stale statistics make the planner pick sequential scans (one per
-- product: 6 s for a 1,000-product batch) and JIT compilation (0.5 s). Both are switched off here.
CREATE OR REPLACE FUNCTION search_refresh_products(product_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET jit = off SET enable_seqscan = off AS $$
BEGIN
  IF product_ids IS NULL OR cardinality(product_ids) = 0 THEN RETURN; END IF;
  DELETE FROM search_documents d
  WHERE d.product_id = ANY (product_ids)
    AND NOT EXISTS (
      SELECT 1 FROM products p WHERE p.id = d.product_id AND p.status = 'active'
        AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id));

  WITH RECURSIVE paths AS (
    SELECT c.id, ARRAY[c.id] AS path_ids, c.name::text AS names FROM categories c WHERE c.parent_id IS NULL
    UNION ALL
    SELECT c.id, paths.path_ids || c.id, paths.names || ' ' || c.name
    FROM categories c JOIN paths ON c.parent_id = paths.id
  )
  INSERT INTO search_documents AS d (product_id, slug, name, brand, category_id, category_ids,
    min_price, max_price, compare_at_cents, currency, in_stock, option_values, identifiers,
    created_at, document, refreshed_at)
  SELECT p.id, p.slug, p.name, p.brand, p.category_id, paths.path_ids,
    agg.min_price, agg.max_price, cheapest.compare_at_cents, cheapest.currency, agg.in_stock,
    opts.option_values, agg.identifiers, p.created_at,
    setweight(to_tsvector('loja_pt', p.name), 'A')
      || setweight(to_tsvector('loja_simple', p.name), 'A')
      || setweight(to_tsvector('loja_pt', coalesce(p.brand, '') || ' ' || paths.names), 'B')
      || setweight(to_tsvector('loja_simple', coalesce(p.brand, '')), 'B')
      || setweight(to_tsvector('loja_pt', opts.option_text), 'C')
      || setweight(to_tsvector('loja_pt', p.description), 'D'),
    now()
  FROM products p
  JOIN paths ON paths.id = p.category_id
  JOIN LATERAL (
    SELECT min(v.price_cents)::int AS min_price, max(v.price_cents)::int AS max_price,
      coalesce(bool_or(i.on_hand > 0), false) AS in_stock,
      array_agg(lower(v.sku)) || array(SELECT b.code FROM product_barcodes b JOIN variants v3
            ON v3.id = b.variant_id WHERE v3.product_id = p.id) AS identifiers
    FROM variants v LEFT JOIN inventory_levels i ON i.variant_id = v.id
    WHERE v.product_id = p.id
  ) agg ON agg.min_price IS NOT NULL
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT o.key || '=' || o.value), '{}') AS option_values,
      coalesce(string_agg(DISTINCT o.value, ' '), '') AS option_text
    FROM variants v, jsonb_each_text(v.options) o WHERE v.product_id = p.id
  ) opts
  JOIN LATERAL (
    SELECT v.compare_at_cents, trim(v.currency) AS currency FROM variants v
    WHERE v.product_id = p.id ORDER BY v.price_cents, v.position LIMIT 1
  ) cheapest ON true
  WHERE p.id = ANY (product_ids) AND p.status = 'active'
  ON CONFLICT (product_id) DO UPDATE SET slug = excluded.slug, name = excluded.name,
    brand = excluded.brand, category_id = excluded.category_id, category_ids = excluded.category_ids,
    min_price = excluded.min_price, max_price = excluded.max_price,
    compare_at_cents = excluded.compare_at_cents, currency = excluded.currency,
    in_stock = excluded.in_stock, option_values = excluded.option_values,
    identifiers = excluded.identifiers, created_at = excluded.created_at,
    document = excluded.document, refreshed_at = excluded.refreshed_at;

  INSERT INTO search_terms (term)
  SELECT DISTINCT w FROM products p,
    regexp_split_to_table(lower(loja_unaccent(p.name || ' ' || coalesce(p.brand, ''))), '[^a-z0-9]+') w
  WHERE p.id = ANY (product_ids) AND length(w) >= 3
  ON CONFLICT (term) DO NOTHING;

  IF (SELECT outbox_enabled FROM search_sync_state) THEN
    INSERT INTO search_outbox (product_id) SELECT DISTINCT unnest(product_ids);
  END IF;
END $$;--> statement-breakpoint

-- Recounts word frequencies (typo candidates prefer common words) and adds category words.
CREATE OR REPLACE FUNCTION search_rebuild_terms() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM search_terms;
  INSERT INTO search_terms (term, frequency)
  SELECT w, count(*)::int FROM (
    SELECT regexp_split_to_table(lower(loja_unaccent(d.name || ' ' || coalesce(d.brand, ''))), '[^a-z0-9]+') AS w
    FROM search_documents d
    UNION ALL
    SELECT regexp_split_to_table(lower(loja_unaccent(c.name)), '[^a-z0-9]+') FROM categories c
  ) words WHERE length(w) >= 3 GROUP BY w;
$$;--> statement-breakpoint

-- Statement-level triggers: a 1,000-row seed batch refreshes 1,000 documents in one set-based call.
CREATE OR REPLACE FUNCTION search_products_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF (SELECT outbox_enabled FROM search_sync_state) THEN
      INSERT INTO search_outbox (product_id) SELECT id FROM old_rows;
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    -- A new product has no variants yet (it gets its document when they arrive): seeding skips this.
    PERFORM search_refresh_products(array(
      SELECT id FROM new_rows n WHERE EXISTS (SELECT 1 FROM variants v WHERE v.product_id = n.id)));
  ELSE
    PERFORM search_refresh_products(array(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_products_insert AFTER INSERT ON products
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_products_changed();--> statement-breakpoint
CREATE TRIGGER search_products_update AFTER UPDATE ON products
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_products_changed();--> statement-breakpoint
CREATE TRIGGER search_products_delete AFTER DELETE ON products
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_products_changed();--> statement-breakpoint

CREATE OR REPLACE FUNCTION search_variants_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_products(array(SELECT DISTINCT product_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_products(array(SELECT DISTINCT product_id FROM old_rows));
  ELSE
    PERFORM search_refresh_products(array(
      SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_variants_insert AFTER INSERT ON variants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_variants_changed();--> statement-breakpoint
CREATE TRIGGER search_variants_update AFTER UPDATE ON variants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_variants_changed();--> statement-breakpoint
CREATE TRIGGER search_variants_delete AFTER DELETE ON variants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_variants_changed();--> statement-breakpoint

-- Stock moves on every order: only a flip between "some stock" and "none" changes a document,
-- and then only its in_stock flag, which is far cheaper than a full refresh.
CREATE OR REPLACE FUNCTION search_refresh_stock(product_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET jit = off SET enable_seqscan = off AS $$
BEGIN
  IF product_ids IS NULL OR cardinality(product_ids) = 0 THEN RETURN; END IF;
  WITH stock AS (
    SELECT v.product_id, coalesce(bool_or(i.on_hand > 0), false) AS in_stock
    FROM variants v LEFT JOIN inventory_levels i ON i.variant_id = v.id
    WHERE v.product_id = ANY (product_ids) GROUP BY v.product_id
  ), changed AS (
    UPDATE search_documents d SET in_stock = stock.in_stock, refreshed_at = now()
    FROM stock WHERE d.product_id = stock.product_id AND d.in_stock IS DISTINCT FROM stock.in_stock
    RETURNING d.product_id
  )
  INSERT INTO search_outbox (product_id)
  SELECT product_id FROM changed WHERE (SELECT outbox_enabled FROM search_sync_state);
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_inventory_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_stock(array(
      SELECT DISTINCT v.product_id FROM new_rows n JOIN variants v ON v.id = n.variant_id));
  ELSE
    PERFORM search_refresh_stock(array(
      SELECT DISTINCT v.product_id FROM new_rows n
      JOIN old_rows o ON o.variant_id = n.variant_id
      JOIN variants v ON v.id = n.variant_id
      WHERE (o.on_hand > 0) <> (n.on_hand > 0)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_inventory_insert AFTER INSERT ON inventory_levels
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_inventory_changed();--> statement-breakpoint
CREATE TRIGGER search_inventory_update AFTER UPDATE ON inventory_levels
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_inventory_changed();--> statement-breakpoint

-- A renamed or moved category changes the path and words of every product below it.
CREATE OR REPLACE FUNCTION search_categories_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_products(array(
    SELECT d.product_id FROM search_documents d
    WHERE d.category_ids && array(SELECT id FROM new_rows)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_categories_update AFTER UPDATE ON categories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_categories_changed();--> statement-breakpoint

CREATE OR REPLACE FUNCTION search_barcodes_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_products(array(
      SELECT DISTINCT v.product_id FROM old_rows o JOIN variants v ON v.id = o.variant_id));
  ELSE
    PERFORM search_refresh_products(array(
      SELECT DISTINCT v.product_id FROM new_rows n JOIN variants v ON v.id = n.variant_id));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_barcodes_insert AFTER INSERT ON product_barcodes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_barcodes_changed();--> statement-breakpoint
CREATE TRIGGER search_barcodes_update AFTER UPDATE ON product_barcodes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_barcodes_changed();--> statement-breakpoint
CREATE TRIGGER search_barcodes_delete AFTER DELETE ON product_barcodes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_barcodes_changed();--> statement-breakpoint

-- Category words join the vocabulary up front; product words arrive with each refresh.
INSERT INTO search_terms (term)
SELECT DISTINCT w FROM categories c, regexp_split_to_table(lower(loja_unaccent(c.name)), '[^a-z0-9]+') w
WHERE length(w) >= 3 ON CONFLICT (term) DO NOTHING;--> statement-breakpoint
SELECT search_refresh_products(array(SELECT id FROM products));
