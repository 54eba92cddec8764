-- Order and stop status changes reach live tracking whatever code made them (checkout, dispatch,
-- the courier app, an admin): the database announces them on the realtime channel every app
-- instance LISTENs on (see lib/realtime/pg-realtime-hub.ts). Payload: a JSON array of messages.
CREATE OR REPLACE FUNCTION loja_notify_order_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM pg_notify('loja_realtime', json_build_array(json_build_object(
      'channel', 'order-' || NEW.id,
      'event', 'status',
      'data', json_build_object('orderStatus', NEW.status, 'at', now())
    ))::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_status_notify AFTER UPDATE OF status ON orders
  FOR EACH ROW EXECUTE FUNCTION loja_notify_order_status();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION loja_notify_stop_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM pg_notify('loja_realtime', json_build_array(json_build_object(
      'channel', 'order-' || NEW.order_id,
      'event', 'status',
      'data', json_build_object('stopStatus', NEW.status, 'at', now())
    ))::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER route_stops_status_notify AFTER INSERT OR UPDATE OF status ON route_stops
  FOR EACH ROW EXECUTE FUNCTION loja_notify_stop_status();
