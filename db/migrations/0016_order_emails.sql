CREATE TABLE "order_email_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "order_email_outbox_status_check" CHECK ("order_email_outbox"."status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "order_locales" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"locale" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_email_outbox" ADD CONSTRAINT "order_email_outbox_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_email_outbox" ADD CONSTRAINT "order_email_outbox_event_id_order_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."order_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_locales" ADD CONSTRAINT "order_locales_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_email_outbox_event_key" ON "order_email_outbox" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "order_email_outbox_pending_idx" ON "order_email_outbox" USING btree ("id") WHERE "order_email_outbox"."status" = 'pending';--> statement-breakpoint
-- Every order status change that the shopper hears about enqueues its e-mail in the same
-- transaction, whichever code path made the change.
CREATE FUNCTION "order_email_enqueue"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  email_kind text := CASE NEW.to_status
    WHEN 'pending_payment' THEN CASE WHEN NEW.from_status IS NULL THEN 'received' END
    WHEN 'paid' THEN 'paid'
    WHEN 'out_for_delivery' THEN 'shipped'
    WHEN 'delivered' THEN 'delivered'
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
--> statement-breakpoint
CREATE TRIGGER "order_events_enqueue_email" AFTER INSERT ON "order_events"
FOR EACH ROW EXECUTE FUNCTION "order_email_enqueue"();
