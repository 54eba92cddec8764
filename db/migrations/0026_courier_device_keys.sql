CREATE TABLE "courier_device_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"courier_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_hash" text NOT NULL,
	"hint" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "courier_device_keys_label_check" CHECK (char_length("courier_device_keys"."label") between 1 and 80)
);
--> statement-breakpoint
ALTER TABLE "courier_device_keys" ADD CONSTRAINT "courier_device_keys_courier_id_couriers_id_fk" FOREIGN KEY ("courier_id") REFERENCES "public"."couriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_device_keys" ADD CONSTRAINT "courier_device_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_device_keys" ADD CONSTRAINT "courier_device_keys_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "courier_device_keys_hash_key" ON "courier_device_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "courier_device_keys_courier_idx" ON "courier_device_keys" USING btree ("courier_id","created_at");