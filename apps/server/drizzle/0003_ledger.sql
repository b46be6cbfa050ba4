CREATE TABLE "currency_rates" (
	"workspace_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"rate" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "currency_rates_workspace_id_currency_pk" PRIMARY KEY("workspace_id","currency")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid,
	"primary_source_id" uuid NOT NULL,
	"source_ids" uuid[] NOT NULL,
	"source_mrrs" jsonb NOT NULL,
	"providers" text[] NOT NULL,
	"product_name" text NOT NULL,
	"status" text NOT NULL,
	"billing_interval" text NOT NULL,
	"interval_count" integer NOT NULL,
	"currency" text NOT NULL,
	"mrr_minor" bigint NOT NULL,
	"reporting_currency" text NOT NULL,
	"rate" text,
	"reporting_mrr_minor" bigint NOT NULL,
	"reporting_arr_minor" bigint NOT NULL,
	"start_date" timestamp with time zone,
	"renewal_date" timestamp with time zone,
	"payment_state" text NOT NULL,
	"last_failed_payment_at" timestamp with time zone,
	"reconciliation" text NOT NULL,
	"conflicts" jsonb NOT NULL,
	"is_ignored_from_arr" boolean NOT NULL,
	"ignore_reason" text,
	"search_text" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_movements" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_rollups" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"reporting_currency" text NOT NULL,
	"rates" jsonb NOT NULL,
	"missing_rates" text[] NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revenue_source_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"revenue_source_id" uuid NOT NULL,
	"state_hash" text NOT NULL,
	"state" jsonb NOT NULL,
	"observed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "mrr_minor" bigint;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "arr_minor" bigint;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "next_renewal_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "payment_state" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "revenue_badge" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "last_activity_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "currency_rates" ADD CONSTRAINT "currency_rates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_primary_source_id_revenue_sources_id_fk" FOREIGN KEY ("primary_source_id") REFERENCES "public"."revenue_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_movements" ADD CONSTRAINT "ledger_movements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_rollups" ADD CONSTRAINT "ledger_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_source_revisions" ADD CONSTRAINT "revenue_source_revisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_source_revisions" ADD CONSTRAINT "revenue_source_revisions_revenue_source_id_revenue_sources_id_fk" FOREIGN KEY ("revenue_source_id") REFERENCES "public"."revenue_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_arr_idx" ON "ledger_entries" USING btree ("workspace_id","reporting_arr_minor","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_renewal_idx" ON "ledger_entries" USING btree ("workspace_id","renewal_date","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "ledger_movements_month_idx" ON "ledger_movements" USING btree ("workspace_id","month");--> statement-breakpoint
CREATE INDEX "revenue_source_revisions_source_idx" ON "revenue_source_revisions" USING btree ("workspace_id","revenue_source_id","observed_at");--> statement-breakpoint
CREATE INDEX "accounts_workspace_arr_idx" ON "accounts" USING btree ("workspace_id","arr_minor","id");--> statement-breakpoint
CREATE INDEX "accounts_workspace_renewal_idx" ON "accounts" USING btree ("workspace_id","next_renewal_at","id");--> statement-breakpoint
CREATE INDEX "accounts_workspace_activity_idx" ON "accounts" USING btree ("workspace_id","last_activity_at","id");--> statement-breakpoint
CREATE INDEX "accounts_workspace_owner_idx" ON "accounts" USING btree ("workspace_id","owner_name","id");