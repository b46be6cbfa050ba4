CREATE TABLE "login_attempts" (
	"email" text PRIMARY KEY NOT NULL,
	"failure_count" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
