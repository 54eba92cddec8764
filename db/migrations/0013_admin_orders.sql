CREATE TABLE "order_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"author_id" uuid,
	"author_email" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"idempotency_key" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_refunds_amount_check" CHECK ("order_refunds"."amount_cents" > 0),
	CONSTRAINT "order_refunds_status_check" CHECK ("order_refunds"."status" in ('pending', 'succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "blocked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_notes" ADD CONSTRAINT "order_notes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_notes_order_idx" ON "order_notes" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "order_refunds_idempotency_key" ON "order_refunds" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "order_refunds_order_idx" ON "order_refunds" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_admin_created_idx" ON "orders" USING btree ("created_at" DESC, "id" DESC) INCLUDE ("status", "total_cents", "payment_method");--> statement-breakpoint
CREATE INDEX "orders_admin_status_idx" ON "orders" USING btree ("status", "created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "orders_admin_method_idx" ON "orders" USING btree ("payment_method", "created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "orders_admin_guest_email_idx" ON "orders" USING btree (lower("guest_email"), "created_at" DESC) WHERE "guest_email" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_admin_cep_idx" ON "orders" USING btree (("address"->>'cep'), "created_at" DESC);--> statement-breakpoint
CREATE INDEX "users_admin_created_idx" ON "users" USING btree ("role", "created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX "users_admin_search_idx" ON "users" USING gin ((lower("email") || ' ' || lower("name")) gin_trgm_ops);
