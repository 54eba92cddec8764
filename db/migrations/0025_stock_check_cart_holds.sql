-- A hold without an order (a cart's) counts against everyone: "order_id IS DISTINCT FROM NULL"
-- is false for it, so 0024 left such holds out of a placement's availability. Only a payment,
-- which names its own order, leaves a hold out, and only that order's.
CREATE OR REPLACE FUNCTION loja_check_stock(p_variants uuid[], p_quantities int[], p_except_order uuid)
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
      AND (p_except_order IS NULL OR r.order_id IS DISTINCT FROM p_except_order)
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
