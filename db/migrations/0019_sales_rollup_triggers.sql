-- Custom SQL migration file, put your code below! ---- Low stock: inventory_levels.low_stock_threshold mirrors stock_thresholds so stock_gap (a
-- generated column) is indexable. A threshold set for a variant without a level row creates the
-- row (on_hand 0, the same as no row), which also settles a race with a concurrent first insert.
UPDATE "inventory_levels" l SET "low_stock_threshold" = t."low_stock_threshold"
FROM "stock_thresholds" t WHERE t."variant_id" = l."variant_id";
--> statement-breakpoint
INSERT INTO "inventory_levels" ("variant_id", "low_stock_threshold")
SELECT "variant_id", "low_stock_threshold" FROM "stock_thresholds"
ON CONFLICT ("variant_id") DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION inventory_levels_copy_threshold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE inventory_levels SET low_stock_threshold = NULL WHERE variant_id = OLD.variant_id;
  ELSE
    INSERT INTO inventory_levels (variant_id, low_stock_threshold)
    VALUES (NEW.variant_id, NEW.low_stock_threshold)
    ON CONFLICT (variant_id) DO UPDATE SET low_stock_threshold = EXCLUDED.low_stock_threshold;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER stock_thresholds_copy AFTER INSERT OR UPDATE OR DELETE ON stock_thresholds
FOR EACH ROW EXECUTE FUNCTION inventory_levels_copy_threshold();
--> statement-breakpoint
CREATE FUNCTION inventory_levels_fill_threshold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.low_stock_threshold IS NULL THEN
    SELECT t.low_stock_threshold INTO NEW.low_stock_threshold
    FROM stock_thresholds t WHERE t.variant_id = NEW.variant_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER inventory_levels_fill_threshold BEFORE INSERT ON inventory_levels
FOR EACH ROW EXECUTE FUNCTION inventory_levels_fill_threshold();
--> statement-breakpoint
-- Sales rollup (lib/admin/overview/sales-rollup.ts): every change that may alter a day's sales
-- appends the order's created_at, truncated to the hour, to an insert-only log. No status list
-- here on purpose: what counts as sold is decided by the reader, from SOLD_STATUSES.
CREATE FUNCTION sales_rollup_log_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sales_rollup_changes (order_created_at)
    SELECT DISTINCT date_trunc('hour', created_at) FROM new_orders;
  ELSE
    INSERT INTO sales_rollup_changes (order_created_at)
    SELECT DISTINCT date_trunc('hour', created_at) FROM old_orders;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_sales_rollup_insert AFTER INSERT ON orders
REFERENCING NEW TABLE AS new_orders FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_log_orders();
--> statement-breakpoint
CREATE TRIGGER orders_sales_rollup_delete AFTER DELETE ON orders
REFERENCING OLD TABLE AS old_orders FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_log_orders();
--> statement-breakpoint
CREATE FUNCTION sales_rollup_log_order_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sales_rollup_changes (order_created_at) VALUES (date_trunc('hour', OLD.created_at));
  IF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    INSERT INTO sales_rollup_changes (order_created_at) VALUES (date_trunc('hour', NEW.created_at));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_sales_rollup_update AFTER UPDATE OF status, total_cents, created_at ON orders
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.total_cents IS DISTINCT FROM NEW.total_cents
  OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION sales_rollup_log_order_update();
--> statement-breakpoint
-- A line's variant being set null (variant deleted) changes nothing the overview shows.
CREATE FUNCTION sales_rollup_log_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sales_rollup_changes (order_created_at)
    SELECT DISTINCT date_trunc('hour', o.created_at) FROM new_lines n JOIN orders o ON o.id = n.order_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO sales_rollup_changes (order_created_at)
    SELECT DISTINCT date_trunc('hour', o.created_at) FROM old_lines d JOIN orders o ON o.id = d.order_id;
  ELSE
    INSERT INTO sales_rollup_changes (order_created_at)
    SELECT DISTINCT date_trunc('hour', o.created_at)
    FROM old_lines d JOIN new_lines n ON n.id = d.id
    JOIN orders o ON o.id IN (d.order_id, n.order_id)
    WHERE (d.order_id, d.quantity, d.line_total_cents, d.product_name)
            IS DISTINCT FROM (n.order_id, n.quantity, n.line_total_cents, n.product_name)
       OR (n.variant_id IS NOT NULL AND n.variant_id IS DISTINCT FROM d.variant_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER order_lines_sales_rollup_insert AFTER INSERT ON order_lines
REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_log_lines();
--> statement-breakpoint
CREATE TRIGGER order_lines_sales_rollup_delete AFTER DELETE ON order_lines
REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION sales_rollup_log_lines();
--> statement-breakpoint
CREATE TRIGGER order_lines_sales_rollup_update AFTER UPDATE ON order_lines
REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT
EXECUTE FUNCTION sales_rollup_log_lines();
