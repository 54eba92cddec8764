CREATE TABLE "payment_instructions" (
	"payment_id" uuid PRIMARY KEY NOT NULL,
	"pix_code" text,
	"pix_image_url" text,
	"boleto_line" text,
	"boleto_pdf_url" text,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_instructions" ADD CONSTRAINT "payment_instructions_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;