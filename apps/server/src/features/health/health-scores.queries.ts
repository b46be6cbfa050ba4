/**
 * Writes health results: the snapshot history (appended only when something changed) and the
 * latest score copied onto each account for the Health queue. Every statement covers a batch.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { numberColumn, queryRows } from '../../db/rows';
import { healthSnapshots } from '../../db/schema';
import type { Factor } from '../../engines/health/factor';
import type { HealthState } from '../../engines/health/score';

/** One account's result as stored: `factors` includes the clamp line under the key `clamp`. */
export type ScoreToStore = {
  accountId: string;
  score: number;
  state: HealthState;
  coverage: number;
  factors: StoredFactor[];
  topFactors: Pick<Factor, 'label' | 'points' | 'source'>[];
  engineVersion: string;
};

export type StoredFactor = {
  key: string;
  label: string;
  points: number;
  source?: string;
  dimension?: string;
  detail?: string;
};

const latestSnapshotRow = z.object({
  id: z.string(),
  account_id: z.string(),
  score: numberColumn,
  band: z.string(),
  coverage: numberColumn,
  engine_version: z.string(),
  factors: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      points: z.number(),
      source: z.string().optional(),
      dimension: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
});
export type LatestSnapshot = z.infer<typeof latestSnapshotRow>;

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Each account's latest snapshot (by computed_at), one statement for the batch. */
export async function findLatestSnapshots(
  db: Db,
  workspaceId: string,
  accountIds: readonly string[],
): Promise<Map<string, LatestSnapshot>> {
  if (accountIds.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`
    select distinct on (account_id) id::text as id, account_id::text as account_id, score, band, coverage,
      engine_version, factors
    from health_snapshots
    where workspace_id = ${workspaceId}::uuid and account_id = any(${uuidArray(accountIds)})
    order by account_id, computed_at desc, id desc`,
    latestSnapshotRow,
  );
  return new Map(rows.map((row) => [row.account_id, row]));
}

type SnapshotWrite = {
  /** Results that differ from the account's latest snapshot (or have none): appended. */
  changed: readonly ScoreToStore[];
  /** Latest snapshots that the recompute produced again: confirmed_at moves, details refresh. */
  confirmed: readonly ConfirmedSnapshot[];
};

/** A latest snapshot produced again, with the factors (same points, fresh details) to keep. */
export type ConfirmedSnapshot = { id: string; factors: StoredFactor[] };

async function writeSnapshots(db: Db, workspaceId: string, write: SnapshotWrite, asOf: Date) {
  if (write.changed.length > 0) {
    await db.insert(healthSnapshots).values(
      write.changed.map((result) => ({
        workspaceId,
        accountId: result.accountId,
        score: result.score,
        band: result.state,
        factors: result.factors,
        coverage: result.coverage,
        inputsAsOf: asOf,
        engineVersion: result.engineVersion,
        computedAt: asOf,
        confirmedAt: asOf,
      })),
    );
  }
  if (write.confirmed.length > 0) {
    const values = sql.join(
      write.confirmed.map((snapshot) => sql`(${snapshot.id}::uuid, ${JSON.stringify(snapshot.factors)}::jsonb)`),
      sql`, `,
    );
    await db.execute(sql`
      update health_snapshots set confirmed_at = ${asOf.toISOString()}::timestamptz, factors = v.factors
      from (values ${values}) as v(id, factors)
      where health_snapshots.workspace_id = ${workspaceId}::uuid and health_snapshots.id = v.id`);
  }
}

/** Writes only snapshots, as of a past date (the demo's history); account rows are left alone. */
export async function appendSnapshots(db: Db, workspaceId: string, write: SnapshotWrite, asOf: Date): Promise<void> {
  await db.transaction(async (tx) => writeSnapshots(tx, workspaceId, write, asOf));
}

/** The snapshots, then every result copied onto its account row, in one transaction. */
export async function writeScores(
  db: Db,
  workspaceId: string,
  write: SnapshotWrite & { all: readonly ScoreToStore[] },
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await writeSnapshots(tx, workspaceId, write, now);
    if (write.all.length === 0) return;
    // One statement per batch: the latest score is copied onto the account for indexed filtering.
    const values = sql.join(
      write.all.map(
        (result) =>
          sql`(${result.accountId}::uuid, ${result.score}::int, ${result.state}::text, ${result.coverage}::real, ${JSON.stringify(
            result.topFactors,
          )}::jsonb)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update accounts set health_score = v.score, health_band = v.band, health_coverage = v.coverage,
        health_top_factors = v.factors, health_computed_at = ${now.toISOString()}::timestamptz
      from (values ${values}) as v(id, score, band, coverage, factors)
      where accounts.id = v.id and accounts.workspace_id = ${workspaceId}::uuid`);
  });
}

/**
 * Churned accounts are not scored (METRICS.md): their band reads 'churned' and their score,
 * factors and coverage are cleared. No snapshot is appended; their history stays as it was.
 */
export async function markChurnedAccounts(db: Db, workspaceId: string, now: Date): Promise<number> {
  const rows = await queryRows(
    db,
    sql`
    update accounts set health_band = 'churned', health_score = null, health_top_factors = null,
      health_coverage = null, health_computed_at = ${now.toISOString()}::timestamptz
    where workspace_id = ${workspaceId}::uuid and churned_at is not null
    returning id::text as id`,
    z.object({ id: z.string() }),
  );
  return rows.length;
}
