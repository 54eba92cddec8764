CREATE TABLE "couriers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"vehicle_kind" text DEFAULT 'motorcycle' NOT NULL,
	"capacity_grams" integer NOT NULL,
	"capacity_litres" integer,
	"shift_start_minute" smallint DEFAULT 480 NOT NULL,
	"shift_end_minute" smallint DEFAULT 1080 NOT NULL,
	"weekdays" smallint[] DEFAULT '{1,2,3,4,5,6}'::smallint[] NOT NULL,
	"status" text DEFAULT 'off' NOT NULL,
	"average_speed_kmh" smallint DEFAULT 25 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "couriers_vehicle_kind_check" CHECK ("couriers"."vehicle_kind" in ('bicycle', 'motorcycle', 'car', 'van')),
	CONSTRAINT "couriers_status_check" CHECK ("couriers"."status" in ('off', 'available', 'on_route')),
	CONSTRAINT "couriers_capacity_check" CHECK ("couriers"."capacity_grams" > 0),
	CONSTRAINT "couriers_shift_check" CHECK ("couriers"."shift_start_minute" >= 0 and "couriers"."shift_end_minute" <= 1440 and "couriers"."shift_start_minute" < "couriers"."shift_end_minute"),
	CONSTRAINT "couriers_speed_check" CHECK ("couriers"."average_speed_kmh" between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "delivery_proofs" (
	"stop_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"image" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_proofs_stop_id_kind_pk" PRIMARY KEY("stop_id","kind"),
	CONSTRAINT "delivery_proofs_kind_check" CHECK ("delivery_proofs"."kind" in ('signature', 'photo')),
	CONSTRAINT "delivery_proofs_type_check" CHECK ("delivery_proofs"."content_type" in ('image/png', 'image/jpeg', 'image/webp'))
);
--> statement-breakpoint
CREATE TABLE "delivery_routes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"courier_id" uuid NOT NULL,
	"route_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planner" text NOT NULL,
	"total_distance_m" integer DEFAULT 0 NOT NULL,
	"total_duration_s" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_routes_status_check" CHECK ("delivery_routes"."status" in ('planned', 'in_progress', 'completed', 'cancelled')),
	CONSTRAINT "delivery_routes_planner_check" CHECK ("delivery_routes"."planner" in ('manual', 'baseline', 'optimizer'))
);
--> statement-breakpoint
CREATE TABLE "route_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"route_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"planned_arrival_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"failure_reason" text,
	"recipient_name" text,
	"delivery_code_ok" boolean,
	"delivery_code_attempts" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_stops_status_check" CHECK ("route_stops"."status" in ('pending', 'arrived', 'delivered', 'failed')),
	CONSTRAINT "route_stops_sequence_check" CHECK ("route_stops"."sequence" >= 1)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery_code" text;--> statement-breakpoint
ALTER TABLE "couriers" ADD CONSTRAINT "couriers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_proofs" ADD CONSTRAINT "delivery_proofs_stop_id_route_stops_id_fk" FOREIGN KEY ("stop_id") REFERENCES "public"."route_stops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_routes" ADD CONSTRAINT "delivery_routes_courier_id_couriers_id_fk" FOREIGN KEY ("courier_id") REFERENCES "public"."couriers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_routes" ADD CONSTRAINT "delivery_routes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_stops" ADD CONSTRAINT "route_stops_route_id_delivery_routes_id_fk" FOREIGN KEY ("route_id") REFERENCES "public"."delivery_routes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_stops" ADD CONSTRAINT "route_stops_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "couriers_user_key" ON "couriers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "delivery_routes_courier_idx" ON "delivery_routes" USING btree ("courier_id","route_date");--> statement-breakpoint
CREATE UNIQUE INDEX "route_stops_route_sequence_key" ON "route_stops" USING btree ("route_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "route_stops_active_order_key" ON "route_stops" USING btree ("order_id") WHERE "route_stops"."active";--> statement-breakpoint
CREATE INDEX "route_stops_order_idx" ON "route_stops" USING btree ("order_id");