CREATE TABLE "carriers" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tracking_url_template" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carriers_code_check" CHECK ("carriers"."code" ~ '^[a-z0-9-]{1,40}$'),
	CONSTRAINT "carriers_template_check" CHECK ("carriers"."tracking_url_template" is null or ("carriers"."tracking_url_template" like 'https://%' and position('{code}' in "carriers"."tracking_url_template") > 0))
);
--> statement-breakpoint
-- Today's fixed list, so existing orders' carrier codes keep their names and links.
INSERT INTO "carriers" ("code", "name", "tracking_url_template", "active", "position") VALUES
	('correios', 'Correios', 'https://rastreamento.correios.com.br/app/index.php?objetos={code}', true, 0),
	('jadlog', 'Jadlog', 'https://www.jadlog.com.br/jadlog/tracking?cte={code}', true, 1),
	('loggi', 'Loggi', 'https://www.loggi.com/rastreador/{code}', true, 2),
	('total-express', 'Total Express', 'https://tracking.totalexpress.com.br/poupup_track.php?reid={code}', true, 3),
	('other', 'Outra', NULL, true, 4)
ON CONFLICT ("code") DO NOTHING;
