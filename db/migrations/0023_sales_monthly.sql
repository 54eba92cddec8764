CREATE TABLE "sales_monthly_variants" (
	"month" date NOT NULL,
	"variant_id" uuid,
	"product_name" text NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"units" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_months" (
	"month" date PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sales_monthly_variants" ADD CONSTRAINT "sales_monthly_variants_month_sales_months_month_fk" FOREIGN KEY ("month") REFERENCES "public"."sales_months"("month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sales_monthly_variants_month_idx" ON "sales_monthly_variants" USING btree ("month");
-- A month's sums are only as fresh as its days: dropping a stale day drops its month.
CREATE FUNCTION sales_months_drop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sales_months m
  USING (SELECT DISTINCT date_trunc('month', d.day)::date AS month FROM old_days d) x
  WHERE m.month = x.month;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sales_daily_drop_month AFTER DELETE ON sales_daily
REFERENCING OLD TABLE AS old_days FOR EACH STATEMENT EXECUTE FUNCTION sales_months_drop();
