-- The checkout's stock writes as single statements (lib/inventory/reserve-stock.ts and
-- commit-order-stock.ts). The inventory rows they lock stay locked until COMMIT, so placement and
-- payment run them last: one statement holds a hot variant's row for one round trip instead of
-- the four or five that lock, sum, check and insert from the application took.
-- Short stock raises SQLSTATE LJ409 with DETAIL {"variantId", "available"}; being an error, it
-- leaves nothing written.
CREATE FUNCTION loja_check_stock(p_variants uuid[], p_quantities int[], p_except_order uuid)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  short record;
BEGIN
  -- Variant-id order is the order every stock writer locks in, so two of them never deadlock.
  PERFORM 1 FROM inventory_levels WHERE variant_id = ANY (p_variants)
  ORDER BY variant_id FOR UPDATE;
  -- Available = on hand minus every other active, unexpired hold (carts and orders alike).
  SELECT i.variant_id,
         CASE WHEN l.variant_id IS NULL THEN 0 ELSE l.on_hand - coalesce(h.held, 0) END AS available
  INTO short
  FROM unnest(p_variants, p_quantities) AS i(variant_id, quantity)
  LEFT JOIN inventory_levels l ON l.variant_id = i.variant_id
  LEFT JOIN LATERAL (
    SELECT sum(r.quantity) AS held FROM stock_reservations r
    WHERE r.variant_id = i.variant_id AND r.status = 'active' AND r.expires_at > now()
      AND r.order_id IS DISTINCT FROM p_except_order
  ) h ON true
  WHERE CASE WHEN l.variant_id IS NULL THEN 0 ELSE l.on_hand - coalesce(h.held, 0) END < i.quantity
  ORDER BY i.variant_id
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'not enough stock for variant %', short.variant_id USING
      ERRCODE = 'LJ409',
      DETAIL = json_build_object('variantId', short.variant_id, 'available', short.available)::text;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION loja_reserve_stock(
  p_order uuid, p_variants uuid[], p_quantities int[], p_expires_at timestamptz, p_actor text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  qtys int[];
BEGIN
  -- Quantities of the same variant are summed before the check.
  SELECT array_agg(variant_id ORDER BY variant_id), array_agg(quantity ORDER BY variant_id)
  INTO ids, qtys
  FROM (
    SELECT t.variant_id, sum(t.quantity)::int AS quantity
    FROM unnest(p_variants, p_quantities) AS t(variant_id, quantity) GROUP BY t.variant_id
  ) s;
  PERFORM loja_check_stock(ids, qtys, NULL);
  INSERT INTO stock_reservations (variant_id, quantity, order_id, expires_at)
  SELECT t.variant_id, t.quantity, p_order, p_expires_at FROM unnest(ids, qtys) AS t(variant_id, quantity);
  INSERT INTO stock_movements (variant_id, kind, quantity, order_id, actor, reason)
  SELECT t.variant_id, 'reservation', t.quantity, p_order, p_actor, 'held while payment is pending'
  FROM unnest(ids, qtys) AS t(variant_id, quantity);
END $$;
--> statement-breakpoint
-- Turns a paid order's hold into a sale whether or not its reservation is still alive: the order
-- may take what on hand minus everyone else's holds allows, so a late payment re-reserves when
-- stock permits and raises LJ409 when it does not.
CREATE FUNCTION loja_commit_order_stock(p_order uuid, p_actor text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  qtys int[];
BEGIN
  SELECT array_agg(variant_id ORDER BY variant_id), array_agg(quantity ORDER BY variant_id)
  INTO ids, qtys
  FROM (
    SELECT variant_id, sum(quantity)::int AS quantity FROM order_lines
    WHERE order_id = p_order AND variant_id IS NOT NULL GROUP BY variant_id
  ) s;
  PERFORM loja_check_stock(ids, qtys, p_order);
  UPDATE inventory_levels l SET on_hand = l.on_hand - t.quantity, updated_at = now()
  FROM unnest(ids, qtys) AS t(variant_id, quantity) WHERE l.variant_id = t.variant_id;
  UPDATE stock_reservations SET status = 'consumed' WHERE order_id = p_order AND status = 'active';
  INSERT INTO stock_movements (variant_id, kind, quantity, order_id, actor, reason)
  SELECT t.variant_id, 'sale', -t.quantity, p_order, p_actor, 'order paid'
  FROM unnest(ids, qtys) AS t(variant_id, quantity);
END $$;
