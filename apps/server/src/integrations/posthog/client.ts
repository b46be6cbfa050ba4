/**
 * PostHog's query API over fetch (`posthog-node` is a capture client without HogQL). One POST per
 * query, blocking refresh, retried through `withRetry`. PostHog throttles queries per project
 * (240/min, 2400/h, 3 concurrent); a 429 waits for Retry-After, or for the seconds named in the
 * throttle message when the header is absent.
 */
import { parseRetryAfter, ProviderError, providerErrorFromStatus } from '../http/provider-error';
import { withRetry, type RetryOptions } from '../http/retry';
import type { HogqlQuery } from './hogql';
import { posthogErrorSchema, posthogQueryResponseSchema, type PosthogQueryResponse } from './schemas';

export type PosthogClientOptions = {
  personalApiKey: string;
  host: string;
  projectId: string;
  signal: AbortSignal;
  retry?: Partial<RetryOptions>;
  requestTimeoutMs: number;
};

export type PosthogClient = { run: (query: HogqlQuery) => Promise<PosthogQueryResponse> };

function describeBody(text: string): string {
  try {
    const parsed = posthogErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success && typeof parsed.data.detail === 'string' && parsed.data.detail) return parsed.data.detail;
  } catch {
    // Not JSON: a proxy page or an empty body.
  }
  return text.trim().slice(0, 300);
}

/** DRF throttles say "Expected available in 12 seconds." even when no Retry-After header is sent. */
function throttleWaitMs(detail: string): number | null {
  const match = /available in (\d+) seconds?/i.exec(detail);
  return match?.[1] ? Number(match[1]) * 1000 : null;
}

function errorFromResponse(response: Response, text: string): ProviderError {
  const detail = describeBody(text) || response.statusText || 'no message';
  const retryAfterMs =
    parseRetryAfter(response.headers.get('retry-after'), new Date()) ??
    (response.status === 429 ? throttleWaitMs(detail) : null);
  return providerErrorFromStatus(response.status, `PostHog answered ${response.status}: ${detail}`, retryAfterMs);
}

export function createPosthogClient(options: PosthogClientOptions): PosthogClient {
  const url = new URL(
    `${options.host.replace(/\/+$/, '')}/api/projects/${encodeURIComponent(options.projectId)}/query/`,
  );

  async function attempt(query: HogqlQuery): Promise<PosthogQueryResponse> {
    const timeout = AbortSignal.timeout(options.requestTimeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.personalApiKey}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify({
          query: { kind: 'HogQLQuery', query: query.query, values: query.values },
          name: query.name,
          refresh: 'blocking',
        }),
        signal: AbortSignal.any([options.signal, timeout]),
      });
      text = await response.text();
    } catch (error) {
      if (options.signal.aborted) throw new ProviderError('network', 'The sync was cancelled.');
      if (timeout.aborted)
        throw new ProviderError('network', `PostHog did not answer within ${options.requestTimeoutMs} ms.`);
      throw error;
    }
    if (!response.ok) throw errorFromResponse(response, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ProviderError('bad_response', 'PostHog sent a query response that is not JSON.', {
        status: response.status,
      });
    }
    const parsed = posthogQueryResponseSchema.safeParse(json);
    if (!parsed.success) throw new ProviderError('bad_response', 'PostHog sent an unexpected query response.');
    // A queued query (concurrency exhausted for 30 s) comes back without results; ask again.
    if (parsed.data.query_status && parsed.data.query_status.complete === false && !parsed.data.results) {
      throw new ProviderError('server', 'PostHog queued the query instead of answering it.', {
        status: response.status,
      });
    }
    if (typeof parsed.data.error === 'string' && parsed.data.error) {
      throw new ProviderError('client', `PostHog could not run the query: ${parsed.data.error}`, {
        status: response.status,
      });
    }
    return parsed.data;
  }

  return { run: (query) => withRetry(() => attempt(query), { ...options.retry, signal: options.signal }) };
}
