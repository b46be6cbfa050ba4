ALTER TABLE "accounts" ADD COLUMN "health_coverage" real;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "churned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "churned_mrr_minor" bigint;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "triage_key" bigint GENERATED ALWAYS AS ((case health_band when 'critical' then 0 when 'at_risk' then 1 when 'not_enough_data' then 2 when 'healthy' then 3 else 4 end)::bigint * 100000000000000000
          + (100000000000000 - least(case when health_band in ('critical', 'at_risk') then coalesce(arr_minor, 0) else 0 end, 99999999999999)) * 1000
          + coalesce(health_score, 999)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "health_snapshots" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "logo_url_template" text;--> statement-breakpoint
CREATE INDEX "accounts_workspace_triage_idx" ON "accounts" USING btree ("workspace_id","triage_key","id");