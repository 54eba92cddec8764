CREATE TABLE "courier_actions" (
	"user_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"stop_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outcome" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courier_actions_user_id_action_id_pk" PRIMARY KEY("user_id","action_id"),
	CONSTRAINT "courier_actions_kind_check" CHECK ("courier_actions"."kind" in ('arrive', 'deliver', 'fail'))
);
--> statement-breakpoint
ALTER TABLE "courier_actions" ADD CONSTRAINT "courier_actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;