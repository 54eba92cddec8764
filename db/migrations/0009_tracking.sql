CREATE TABLE "courier_latest_positions" (
	"courier_id" uuid PRIMARY KEY NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"accuracy_m" real,
	"speed_mps" real,
	"heading" real,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "courier_positions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"courier_id" uuid NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"accuracy_m" real,
	"speed_mps" real,
	"heading" real,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"flagged" text,
	CONSTRAINT "courier_positions_lat_check" CHECK ("courier_positions"."lat" between -90 and 90),
	CONSTRAINT "courier_positions_lng_check" CHECK ("courier_positions"."lng" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "courier_latest_positions" ADD CONSTRAINT "courier_latest_positions_courier_id_users_id_fk" FOREIGN KEY ("courier_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_positions" ADD CONSTRAINT "courier_positions_courier_id_users_id_fk" FOREIGN KEY ("courier_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "courier_positions_courier_recorded_key" ON "courier_positions" USING btree ("courier_id","recorded_at");--> statement-breakpoint
CREATE INDEX "courier_positions_received_idx" ON "courier_positions" USING btree ("received_at");