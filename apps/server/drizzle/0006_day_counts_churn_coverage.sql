ALTER TABLE "accounts" ADD COLUMN "health_coverage" real;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "churned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "churned_mrr_minor" bigint;--> statement-breakpoint
ALTER TABLE "health_snapshots" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "logo_url_template" text;