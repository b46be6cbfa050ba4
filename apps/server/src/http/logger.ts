import { pino, type DestinationStream, type LoggerOptions } from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import type { Env } from '../config/env';

const redacted = '[redacted]';

/**
 * Field names whose values are secrets wherever they appear in a log line (compared lowercased,
 * without `-` and `_`, by suffix: `secretKey`, `client_secret`, `X-Api-Key` all match).
 */
const secretFieldSuffixes = [
  'password',
  'passwordhash',
  'secret',
  'secretkey',
  'token',
  'tokenhash',
  'apikey',
  'privatekey',
  'signingkey',
  'encryptionkey',
  'credentials',
  'authorization',
  'cookie',
];

/** SQL parameters carry whatever a row holds (password hashes included), so they are never logged. */
const queryParameterFields = new Set(['params', 'parameters']);

/**
 * Of a database error only these fields are kept: they name what failed without the row's values
 * (`detail` and `where` can quote a whole failing row, hash and all).
 */
const databaseErrorFields = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine', 'query'];

export function isSecretField(name: string): boolean {
  const normalized = name.toLowerCase().replaceAll(/[-_]/g, '');
  return queryParameterFields.has(normalized) || secretFieldSuffixes.some((suffix) => normalized.endsWith(suffix));
}

/**
 * Values recognisable by their shape, scrubbed from the final line whatever field or message
 * carries them: the app's scrypt hashes, its session and API tokens, provider secret keys, bearer
 * credentials, and the parameter list drizzle appends to a failed query's message.
 */
const secretValuePatterns: [RegExp, string][] = [
  [/scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+/g, redacted],
  [/\b(?:sess|sk|rk|pk|whsec)_[\w-]{12,}/g, redacted],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]{8,}/gi, `$1 ${redacted}`],
  // Inside a JSON string a newline is `\n`; the list runs to the stack's first frame or the quote.
  [/(\\nparams: )(?:[^"\\]|\\.)*?(?=\\n {4}at |")/g, `$1${redacted}`],
];

export function scrubSecretValues(text: string): string {
  return secretValuePatterns.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Drizzle's failed-query message ends with `params: …`; the query text is kept, the values are not. */
function withoutQueryParameters(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, `\nparams: ${redacted}`);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isDatabaseError(error: Error): boolean {
  return 'severity' in error && 'code' in error;
}

function describeError(error: Error, depth: number, ancestors: Set<object>): Record<string, unknown> {
  const described: Record<string, unknown> = {
    type: error.name,
    message: withoutQueryParameters(error.message),
    stack: error.stack ? withoutQueryParameters(error.stack) : undefined,
  };
  const fields = isDatabaseError(error) ? databaseErrorFields : Object.keys(error);
  const record = error as unknown as Record<string, unknown>;
  for (const field of fields) {
    if (field in error && !(field in described))
      described[field] = sanitize(field, record[field], depth + 1, ancestors);
  }
  if (error.cause !== undefined && !('cause' in described)) {
    described.cause = sanitize('cause', error.cause, depth + 1, ancestors);
  }
  return described;
}

const maxDepth = 8;

/**
 * Walks what a log call passed (plain objects, arrays and errors only; framework objects such as
 * the request are left to their serializers) and replaces secret fields and query parameters.
 */
function sanitize(field: string, value: unknown, depth: number, ancestors: Set<object>): unknown {
  if (isSecretField(field)) return value === undefined || value === null ? value : redacted;
  if (typeof value !== 'object' || value === null) return value;
  const isWalked = value instanceof Error || Array.isArray(value) || isPlainObject(value);
  if (!isWalked) return value;
  if (depth > maxDepth || ancestors.has(value)) return '[nested]';
  ancestors.add(value);
  try {
    if (value instanceof Error) return describeError(value, depth, ancestors);
    if (Array.isArray(value)) return value.map((item) => sanitize('', item, depth + 1, ancestors));
    return Object.fromEntries(
      Object.entries(value).map(([key, nested]) => [key, sanitize(key, nested, depth + 1, ancestors)]),
    );
  } finally {
    ancestors.delete(value);
  }
}

export function sanitizeLogObject(object: Record<string, unknown>): Record<string, unknown> {
  const ancestors = new Set<object>();
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, sanitize(key, value, 0, ancestors)]));
}

/**
 * The app's logger. Secrets never reach the log: credential headers are redacted, secret fields
 * are replaced wherever they sit, database errors lose their parameters and row values, and every
 * finished line is scrubbed of hash and token shapes as a last line of defence.
 */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): FastifyBaseLogger {
  const options: LoggerOptions = {
    level: env.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    formatters: { log: sanitizeLogObject },
    // Errors are already described (and stripped) by the formatter above; pino's own error
    // serializer would copy every field back and rename the type to `Object`.
    serializers: { err: (value: unknown) => value },
    hooks: { streamWrite: scrubSecretValues },
  };
  return destination ? pino(options, destination) : pino(options);
}
