/**
 * Benchmarks with targets: `npm run bench [-- --accounts 100000]`.
 * Health and Contracts: API p50/p95 over real HTTP, plus the time to rebuild the revenue ledger
 * and to rescore every account. Stripe: a full sync from the local fake.
 * Loads a generated workspace into a fresh database (PGlite in memory, or a new database on the
 * server named by BENCH_DATABASE_URL), then times the API over real HTTP and prints p50/p95
 * against each target. Exits 1 when a target is missed.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { createWorkspaceWithAdmin } from '../src/features/setup/setup.service';
import { loadDataset } from '../src/demo/load';
import { rebuildLedger } from '../src/features/contracts/ledger-rebuild.service';
import { startTestApp } from '../src/test/test-app';
import { padLedgerVolume } from './ledger-volume';
import { benchStripeSync } from './stripe-sync';
import { recomputeWorkspaceHealth } from '../src/features/health/health.service';

const args = z
  .object({
    accounts: z.coerce.number().int().min(100).default(100_000),
    runs: z.coerce.number().int().min(5).default(40),
    subscriptions: z.coerce.number().int().min(100).default(100_000),
    only: z.enum(['health', 'stripe']).optional(),
  })
  .parse(
    parseArgs({
      options: {
        accounts: { type: 'string' },
        runs: { type: 'string' },
        subscriptions: { type: 'string' },
        only: { type: 'string' },
      },
    }).values,
  );

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
else delete process.env.TEST_DATABASE_URL;

type Result = { name: string; p50: number; p95: number; targetP95: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function time(
  name: string,
  targetP95: number,
  runs: number,
  call: (run: number) => Promise<void>,
): Promise<Result> {
  await call(0); // warm caches and plans once
  const samples: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const started = performance.now();
    await call(run);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95), targetP95 };
}

async function benchHealth(): Promise<Result[]> {
  const app = await startTestApp();
  const email = 'bench@piedpiper.test';
  const password = 'benchmark-password-1';
  const { workspace } = await createWorkspaceWithAdmin(app.database.db, { workspaceName: 'Bench', email, password });
  const loadStarted = performance.now();
  await loadDataset(app.database.db, workspace.id, {
    accounts: args.accounts,
    now: new Date(),
    usageDays: 14,
    onProgress: (done, total) =>
      process.stderr.write(`\rloading ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} accounts`),
  });
  process.stderr.write(`\nloaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`);
  const padded = await padLedgerVolume(app.database.db, workspace.id, args.accounts, new Date());
  const volumes = { accounts: padded.accounts, 'revenue sources': padded.revenueSources, invoices: padded.invoices };
  const ledgerStarted = performance.now();
  await rebuildLedger(app.database.db, workspace.id, new Date());
  const ledgerSeconds = (performance.now() - ledgerStarted) / 1000;
  process.stderr.write(`ledger rebuilt in ${ledgerSeconds.toFixed(1)} s\n`);
  const scoringStarted = performance.now();
  await recomputeWorkspaceHealth(app.database.db, workspace.id, new Date());
  const scoringSeconds = (performance.now() - scoringStarted) / 1000;
  process.stderr.write(`scored ${args.accounts.toLocaleString('en-US')} accounts in ${scoringSeconds.toFixed(1)} s\n`);

  const client = app.client();
  await client.post('/v3/rest/auth/login', { email, password });
  const get = async (path: string) => {
    const response = await client.get(path);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as { nextCursor: string | null };
  };

  const cursors: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 40; page += 1) {
    const body = await get(`/v3/rest/success/health?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!body.nextCursor) break;
    cursors.push(body.nextCursor);
    cursor = body.nextCursor;
  }

  const results = [
    await time('health list, first page (50)', 150, args.runs, async () => {
      await get('/v3/rest/success/health?limit=50');
    }),
    await time('health list, next pages by cursor', 150, args.runs, async (run) => {
      const at = cursors[run % cursors.length] ?? '';
      await get(`/v3/rest/success/health?limit=50&cursor=${encodeURIComponent(at)}`);
    }),
    await time('health list, search by name', 400, args.runs, async () => {
      await get('/v3/rest/success/health?limit=50&q=hool');
    }),
    await time('health list, at-risk band sorted by score', 400, args.runs, async () => {
      await get('/v3/rest/success/health?limit=50&band=at_risk&sort=score');
    }),
    await time('health list, sorted by ARR', 400, args.runs, async () => {
      await get('/v3/rest/success/health?limit=50&sort=arr');
    }),
    await time('health list, renewing in 90 days, past due, by renewal', 400, args.runs, async () => {
      await get('/v3/rest/success/health?limit=50&renewalWithinDays=90&paymentState=past_due&sort=renewal');
    }),
    await time('health summary cards', 400, args.runs, async () => {
      await get('/v3/rest/success/health/summary');
    }),
    await time('customer detail', 150, args.runs, async () => {
      await get('/v3/rest/success/customers/hooli.com');
    }),
    await time('contracts ledger, first page by ARR', 400, args.runs, async () => {
      await get('/v3/rest/success/contracts?limit=50');
    }),
    await time('contracts ledger, Salesbricks conflicts by renewal', 400, args.runs, async () => {
      await get(
        '/v3/rest/success/contracts?limit=50&source=salesbricks&reconciliation=conflict&sort=renewal&order=asc',
      );
    }),
    await time('contracts summary', 400, args.runs, async () => {
      await get('/v3/rest/success/contracts/summary');
    }),
    await time('contracts movements, 12 months', 800, args.runs, async () => {
      await get('/v3/rest/success/contracts/movements');
    }),
    await time('contracts renewals, 90 days', 400, args.runs, async () => {
      await get('/v3/rest/success/contracts/renewals?withinDays=90');
    }),
  ];

  console.log(`\n${args.accounts.toLocaleString('en-US')} accounts, ${app.database.kind}, ${args.runs} runs each`);
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      'target p95 ms': r.targetP95,
      ok: r.p95 <= r.targetP95,
    })),
  );
  console.table([
    {
      job: 'ledger rebuild',
      ...volumes,
      seconds: ledgerSeconds.toFixed(1),
    },
    { job: 'health recompute', ...volumes, seconds: scoringSeconds.toFixed(1) },
  ]);
  await app.close();
  return results;
}

async function main() {
  let isOk = true;
  if (args.only !== 'stripe') {
    const results = await benchHealth();
    isOk &&= results.every((r) => r.p95 <= r.targetP95);
  }
  if (args.only !== 'health') {
    const sync = await benchStripeSync(args.subscriptions, 300);
    console.table([
      {
        benchmark: sync.name,
        records: sync.records,
        seconds: sync.seconds.toFixed(1),
        'records/s': sync.recordsPerSecond.toFixed(0),
        'target records/s': sync.targetPerSecond,
        ok: sync.recordsPerSecond >= sync.targetPerSecond,
      },
    ]);
    isOk &&= sync.recordsPerSecond >= sync.targetPerSecond;
  }
  if (!isOk) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
