/**
 * The one error a connector throws for anything that went wrong talking to a provider. The sync
 * engine reads `kind` to decide: retry (rate_limited, server, network), ask for new credentials
 * (auth), or fail the record/run (client, bad_response).
 */
export type ProviderErrorKind = 'auth' | 'rate_limited' | 'server' | 'network' | 'client' | 'bad_response';

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | null;
  /** How long the provider asked us to wait (from Retry-After), if it said. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: { status?: number | null; retryAfterMs?: number | null } = {},
  ) {
    super(message);
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  get isRetryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'network';
  }
}

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now.getTime());
}

/** Maps an HTTP status to an error kind; the message should be the provider's own words. */
export function providerErrorFromStatus(
  status: number,
  message: string,
  retryAfterMs: number | null = null,
): ProviderError {
  if (status === 401 || status === 403) return new ProviderError('auth', message, { status });
  if (status === 429) return new ProviderError('rate_limited', message, { status, retryAfterMs });
  if (status >= 500) return new ProviderError('server', message, { status, retryAfterMs });
  return new ProviderError('client', message, { status });
}
