DROP INDEX "accounts_workspace_arr_idx";--> statement-breakpoint
DROP INDEX "accounts_workspace_activity_idx";--> statement-breakpoint
CREATE INDEX "accounts_workspace_arr_idx" ON "accounts" USING btree ("workspace_id","arr_minor" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "accounts_workspace_activity_idx" ON "accounts" USING btree ("workspace_id","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);