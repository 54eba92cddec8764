-- Custom SQL migration file, put your code below! ---- A declined return moves return_requested → delivered: the shopper hears why it was declined,
-- not a second "your order was delivered". Same trigger, one more kind.
CREATE OR REPLACE FUNCTION "order_email_enqueue"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  email_kind text := CASE NEW.to_status
    WHEN 'pending_payment' THEN CASE WHEN NEW.from_status IS NULL THEN 'received' END
    WHEN 'paid' THEN 'paid'
    WHEN 'out_for_delivery' THEN 'shipped'
    WHEN 'delivered' THEN
      CASE WHEN NEW.from_status = 'return_requested' THEN 'return_declined' ELSE 'delivered' END
    WHEN 'cancelled' THEN 'cancelled'
    WHEN 'refunded' THEN 'refunded'
    WHEN 'partially_refunded' THEN 'refunded'
  END;
BEGIN
  IF email_kind IS NOT NULL THEN
    INSERT INTO "order_email_outbox" ("order_id", "event_id", "kind")
    VALUES (NEW.order_id, NEW.id, email_kind)
    ON CONFLICT ("event_id") DO NOTHING;
  END IF;
  RETURN NEW;
END;
$$;
