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

/** Longest excerpt of a provider's words shown to people (API detail, sync error). */
export const providerExcerptLength = 120;

/**
 * Tokens that look like credentials: prefixed keys (sk_live_…, whsec_…, phx_…, pat-na1-…) and any long
 * unbroken run of key-like characters. A misdirected or hostile host may echo them back.
 */
const secretLike = /\b(?:sk|rk|pk|whsec|phx|phc|pat|ghp|gho|xox[abp]|tok)[-_][A-Za-z0-9_-]{4,}|[A-Za-z0-9+/_=-]{32,}/g;

/**
 * A provider's message made safe to show: control characters and line breaks become spaces,
 * secret-looking tokens are redacted, and only a short excerpt is kept. The response of a host
 * the connection points at can be anything (an internal service's page, say), so it is never
 * reflected whole.
 */
export function summarizeProviderMessage(message: string, maxLength: number = providerExcerptLength): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  const redacted = flat.replace(secretLike, '[redacted]');
  if (redacted.length <= maxLength) return redacted;
  return `${redacted.slice(0, maxLength - 1).trimEnd()}…`;
}
