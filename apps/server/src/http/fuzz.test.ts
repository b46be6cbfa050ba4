import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../lib/cursor';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../test/test-app';

/**
 * A schema-driven fuzzer over every route in the OpenAPI document: for each operation a bounded,
 * seeded set of bad inputs (wrong types, control characters, huge and unicode strings, bad cursors,
 * prototype keys, deep nesting) as an admin, and one anonymous call. Any 5xx, or an error that is not
 * application/problem+json, fails the test with the request that caused it.
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
};
type Parameter = { in: 'query' | 'path' | 'header'; name: string; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Routes left out: signing out would end the fuzzing session; the demo rebuilds the whole sample. */
const skipped = new Set(['post /v3/rest/auth/logout', 'put /v3/rest/demo']);

/** mulberry32: a tiny seeded generator, so every run sends the same requests. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261203);
function pick<T>(values: readonly T[], count: number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

const huge = 'x'.repeat(100_000);
const unicode = 'Zoë 🙂 ‮ gauche ﷽ 𝔘𝔫𝔦 \u200b';
const badBodyValues: readonly unknown[] = [
  123,
  -1.5e308,
  true,
  null,
  [],
  {},
  [{ a: 1 }],
  'a\u0000b',
  '\u0007\u001b[31m',
  huge,
  unicode,
  '__proto__',
  '',
  'javascript:alert(1)',
  '2026-02-30',
];
const id = '00000000-0000-4000-8000-000000000000';
const badQueryValues: readonly string[] = [
  '%00',
  'a%01b',
  'x'.repeat(4_000),
  encodeURIComponent(unicode),
  '-1',
  '1e309',
  'NaN',
  '%5B%5D',
  encodeCursor({ k: 1e300, id }),
  encodeCursor({ k: '+275760-09-13T00:00:00.000Z', id }),
  encodeCursor({ k: 'Aviato', id }),
  encodeCursor({ k: '99999999999999999999', id }),
  'bm90IGpzb24',
];
const badPathValues: readonly string[] = [
  '%00',
  'a%01b',
  'x'.repeat(300),
  encodeURIComponent(unicode),
  '..%2F..',
  '-1',
  'NaN',
];

function deep(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}
const wholeBodies: readonly string[] = [
  '{"__proto__":{"role":"admin","isAdmin":true}}',
  '{"constructor":{"prototype":{"role":"admin"}}}',
  deep(1_000),
  `${'['.repeat(1_000)}${']'.repeat(1_000)}`,
  '[1,2,3]',
  '"just a string"',
  '{"unterminated":',
  '{"a":"\\u0000"}',
];

function firstType(schema: JsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return (
    type ??
    ((schema.anyOf?.[0] ?? schema.oneOf?.[0]) ? firstType(schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? {}) : undefined)
  );
}

/** A plausible value for a schema, so one bad field at a time reaches as deep as it can. */
function plausible(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return 'fuzz';
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  switch (firstType(schema) ?? 'string') {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, plausible(value, depth + 1)]),
      );
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return 'fuzz value';
  }
}

const validPathValue: Record<string, string> = { companyDomain: 'aviato.com', provider: 'stripe', section: 'health' };

type Call = { method: string; path: string; body?: string; isAnonymous?: boolean; label: string };

function callsFor(path: string, method: string, operation: Operation): Call[] {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const fill = (overrides: Record<string, string> = {}) =>
    path.replace(/\{(\w+)\}/g, (_all, name: string) => overrides[name] ?? validPathValue[name] ?? randomUUID());
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const base = bodySchema ? plausible(bodySchema) : undefined;
  const upper = method.toUpperCase();
  const calls: Call[] = [];
  const baseBody = base === undefined ? undefined : JSON.stringify(base);

  for (const parameter of pathParameters)
    for (const value of pick(badPathValues, 4))
      calls.push({
        method: upper,
        path: fill({ [parameter.name]: value }),
        body: baseBody,
        label: `path ${parameter.name}`,
      });
  for (const parameter of queryParameters)
    for (const value of pick(badQueryValues, 6))
      calls.push({
        method: upper,
        path: `${fill()}?${parameter.name}=${value}`,
        body: baseBody,
        label: `query ${parameter.name}`,
      });
  if (bodySchema) {
    const properties = Object.keys(bodySchema.properties ?? {}).slice(0, 10);
    for (const property of properties)
      for (const value of pick(badBodyValues, 6)) {
        const body = { ...(typeof base === 'object' && base !== null ? base : {}), [property]: value };
        calls.push({ method: upper, path: fill(), body: JSON.stringify(body), label: `body ${property}` });
      }
    for (const body of pick(wholeBodies, 6)) calls.push({ method: upper, path: fill(), body, label: 'whole body' });
  }
  calls.push({
    method: upper,
    path: fill(),
    body: baseBody ?? (upper === 'GET' ? undefined : '{}'),
    label: 'plausible',
  });
  calls.push({
    method: upper,
    path: fill(),
    body: upper === 'GET' || upper === 'DELETE' ? undefined : JSON.stringify({ name: 'a\u0000' }),
    isAnonymous: true,
    label: 'anonymous',
  });
  return calls;
}

let app: TestApp;
let cookie: string;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  await insertAccount(app, signedIn.workspace.id, { name: 'Aviato', domain: 'aviato.com' });
  const login = await fetch(`${app.baseUrl}/v3/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: signedIn.email, password: signedIn.password }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => app.close());

type Finding = { call: string; status: number; contentType: string; body: string };

async function send(call: Call): Promise<Finding | null> {
  const headers: Record<string, string> = { 'x-requested-with': 'fetch' };
  if (!call.isAnonymous) headers.cookie = cookie;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${app.baseUrl}${call.path}`, { method: call.method, headers, body: call.body });
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const isBad =
    response.status >= 500 || (response.status >= 400 && !contentType.startsWith('application/problem+json'));
  if (!isBad) return null;
  const bodyExcerpt = call.body === undefined ? '' : ` body ${call.body.slice(0, 120)}`;
  return {
    call: `${call.label}: ${call.method} ${call.path.slice(0, 160)}${bodyExcerpt}`,
    status: response.status,
    contentType,
    body: text.slice(0, 300),
  };
}

describe('fuzzing every route of the OpenAPI document', () => {
  it('never answers 5xx or an error outside problem+json', async () => {
    const document = (await (await fetch(`${app.baseUrl}/v3/rest/openapi.json`)).json()) as OpenApi;
    const calls = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => !skipped.has(`${method} ${path}`))
        .flatMap(([method, operation]) => callsFor(path, method, operation)),
    );
    expect(calls.length).toBeGreaterThan(500);
    expect(calls.length).toBeLessThan(4_000);

    const findings: Finding[] = [];
    // A few at a time, like a handful of clients; the order is fixed by the seed.
    const concurrency = 4;
    for (let start = 0; start < calls.length; start += concurrency) {
      const answers = await Promise.all(calls.slice(start, start + concurrency).map(send));
      findings.push(...answers.filter((answer): answer is Finding => answer !== null));
    }
    expect(findings).toEqual([]);
  }, 180_000);
});
