ALTER TABLE "accounts" ADD COLUMN "health_score" integer;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "health_band" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "health_top_factors" jsonb;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "health_computed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "health_settings" jsonb;--> statement-breakpoint
CREATE INDEX "accounts_workspace_score_idx" ON "accounts" USING btree ("workspace_id","health_score","id");