-- Trigram operators for substring search; bundled with PostgreSQL (contrib) and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "pending_refresh_accounts" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_refresh_accounts_workspace_id_account_id_pk" PRIMARY KEY("workspace_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "pending_refresh_accounts" ADD CONSTRAINT "pending_refresh_accounts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_refresh_accounts" ADD CONSTRAINT "pending_refresh_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_name_trgm_idx" ON "accounts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_domain_trgm_idx" ON "accounts" USING gin ("domain" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ledger_entries_search_trgm_idx" ON "ledger_entries" USING gin ("search_text" gin_trgm_ops);