import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Relative paths are read from where the user ran `npm start`, not from the workspace folder npm enters. */
const userCwd = process.env.INIT_CWD ?? process.cwd();

/** proxy-addr's names for address ranges, accepted beside literal addresses. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Trusts the first `n` hops, counting the socket's peer as hop 0. */
type TrustHops = (address: string, hop: number) => boolean;

/**
 * Which proxies may set X-Forwarded-For (and so the client address that per-address limits use).
 * Off by default: trusting the header from anyone lets every request claim a new address.
 */
const trustProxySchema = z
  .string()
  .trim()
  .default('false')
  .transform((value, context): boolean | string[] | TrustHops => {
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) {
      // Fastify accepts a hop count at run time but not in its types; this is what it builds from one.
      const hops = Number(value);
      return (_address: string, hop: number) => hop < hops;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const invalid = entries.filter((entry) => !isProxyAddress(entry));
    if (invalid.length === 0) return entries;
    context.addIssue({
      code: 'custom',
      message: `must be false, true, a hop count or comma-separated proxy addresses/CIDRs (not ${invalid.join(', ')})`,
    });
    return z.NEVER;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .transform((dir) => path.resolve(userCwd, dir)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  WEB_DIST: z.string().optional(),
  /** Encrypts provider credentials at rest; generated into DATA_DIR when unset. */
  SECRET_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Minutes between scheduled syncs of a connection (each connection can override it). */
  SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** A sync's lease on its connection; a killed worker's sync resumes elsewhere once it expires. */
  SYNC_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** `false` stops this process from running sync jobs (for API-only processes next to `npm run worker`). */
  RUN_JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** `false` (default), `true`, a hop count, or proxy addresses/CIDRs such as `127.0.0.1,10.0.0.0/8`. */
  TRUST_PROXY: trustProxySchema,
  /**
   * Lets admins point a connection at another API address (`baseUrl`, a self-hosted PostHog).
   * Unset, it is on only where NODE_ENV says test or development: a custom address is where stored
   * secrets get sent, so a deployment opts in.
   */
  ALLOW_PROVIDER_BASE_URL: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; on bad values lists every offending key and exits. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(withProviderBaseUrlDefault(source));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  console.error(`Invalid environment:\n${lines.join('\n')}`);
  process.exit(1);
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  return envSchema.parse(withProviderBaseUrlDefault(source));
}

/**
 * NODE_ENV defaults to development when unset (as under `npm start`), so the base-URL default reads
 * the value actually given: only an explicit test or development setting turns overrides on.
 */
function withProviderBaseUrlDefault(source: Record<string, string | undefined>): Record<string, string | undefined> {
  const isExplicitlyNonProduction = source.NODE_ENV === 'test' || source.NODE_ENV === 'development';
  return { ...source, ALLOW_PROVIDER_BASE_URL: source.ALLOW_PROVIDER_BASE_URL ?? String(isExplicitlyNonProduction) };
}
