-- Older duplicates (the same account routed to the same destination twice) keep only the newest open route.
UPDATE "routes" SET "state" = 'dismissed', "resolved_at" = now() WHERE "state" = 'open' AND "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "account_id", "to_section" ORDER BY "created_at" DESC, "id" DESC) AS "rank"
    FROM "routes" WHERE "state" = 'open'
  ) AS "ranked" WHERE "rank" > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "routes_one_open_per_destination_key" ON "routes" USING btree ("account_id","to_section") WHERE "routes"."state" = 'open';
