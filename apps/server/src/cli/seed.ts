/**
 * Seeds a new workspace with the Pied Piper dataset, at any size, for benchmarks and local play:
 *
 *   npm run seed -- --accounts 100000 [--seed 42] [--usage-days 30] [--workspace "Name"]
 *
 * Progress goes to stderr; the new workspace id is the only thing printed on stdout, so scripts
 * can capture it. Exit codes: 0 done, 1 failure, 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/client';
import { loadDataset } from '../demo/load';
import { countWorkspaceRows, insertStandardWorkspace } from '../demo/load.queries';
import { demoDefaults } from '../demo/options';

const usage = `Usage: npm run seed -- [--accounts N] [--seed N] [--usage-days N] [--workspace "Name"]

  --accounts N     accounts to generate (default ${demoDefaults.accounts}, at most 1,000,000)
  --seed N         random seed; the same seed gives the same data (default ${demoDefaults.seed})
  --usage-days N   days of daily product usage per account (default ${demoDefaults.usageDays})
  --workspace S    name of the new workspace (default "Pied Piper benchmark (N accounts)")

Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (default ./data).
Stop the app first when seeding the embedded database: only one process may open it.`;

/** Digits only, so "1e5", "12abc" and "-3" are rejected instead of being coerced into something else. */
const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `${name} must be at least ${min.toLocaleString('en-US')}`)
        .max(max, `${name} must be at most ${max.toLocaleString('en-US')}`),
    );

const argsSchema = z.object({
  accounts: integer('--accounts', 1, 1_000_000).default(demoDefaults.accounts),
  // Zero is as good a seed as any, so only the seed may be 0.
  seed: integer('--seed', 0, 0xffff_ffff).default(demoDefaults.seed),
  usageDays: integer('--usage-days', 1, 3650).default(demoDefaults.usageDays),
  workspace: z.string().trim().min(1, '--workspace must not be empty').max(200).optional(),
});

type SeedArgs = z.infer<typeof argsSchema>;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        accounts: { type: 'string' },
        seed: { type: 'string' },
        'usage-days': { type: 'string' },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // parseArgs throws on unknown options and missing values; its messages are already clear.
    fail(error instanceof Error ? error.message : String(error));
  }
}

function parseSeedArgs(argv: string[]): SeedArgs | 'help' {
  const values = readArgs(argv);
  if (values.help) return 'help';
  const parsed = argsSchema.safeParse({
    accounts: values.accounts,
    seed: values.seed,
    usageDays: values['usage-days'],
    workspace: values.workspace,
  });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return parsed.data;
}

const formatInt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(usage);
    return;
  }
  const env = loadEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    console.error(
      database.kind === 'pglite'
        ? `seed: embedded PostgreSQL (PGlite) in ${env.DATA_DIR}`
        : 'seed: PostgreSQL server from DATABASE_URL',
    );
    const name = args.workspace ?? `Pied Piper benchmark (${formatInt(args.accounts)} accounts)`;
    const workspace = await insertStandardWorkspace(database.db, name);
    console.error(
      `seed: workspace "${name}" (${workspace.id}): ${formatInt(args.accounts)} accounts, ` +
        `${args.usageDays} usage days, seed ${args.seed}`,
    );

    const started = performance.now();
    let lastReport = 0;
    const report = (done: number, total: number) => {
      const elapsed = (performance.now() - started) / 1000;
      // One line a second at most: 100,000 accounts are 200 batches.
      if (done < total && elapsed - lastReport < 1) return;
      lastReport = elapsed;
      const rate = elapsed > 0 ? done / elapsed : 0;
      console.error(
        `seed: ${formatInt(done)}/${formatInt(total)} accounts (${((done / total) * 100).toFixed(1)}%), ` +
          `${formatInt(rate)} accounts/s, ${elapsed.toFixed(1)} s elapsed`,
      );
    };
    await loadDataset(database.db, workspace.id, {
      seed: args.seed,
      accounts: args.accounts,
      usageDays: args.usageDays,
      now: new Date(),
      onProgress: report,
    });

    const counts = await countWorkspaceRows(database.db, workspace.id);
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const seconds = (performance.now() - started) / 1000;
    const perTable = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table} ${formatInt(n)}`)
      .join(', ');
    console.error(`seed: done in ${seconds.toFixed(1)} s: ${formatInt(rows)} rows (${perTable})`);
    console.log(workspace.id);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
