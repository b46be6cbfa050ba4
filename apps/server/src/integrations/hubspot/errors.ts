/**
 * `@hubspot/api-client` errors → ProviderError. The SDK throws an `ApiException` (`code`, `body`,
 * `headers`) for every non-2xx answer; network failures surface as node-fetch `FetchError`s and a
 * broken JSON body as a `SyntaxError`.
 *
 * HubSpot does not promise Retry-After on 429. When it is absent we wait as its policy says:
 * TEN_SECONDLY_ROLLING → the rolling window (`X-HubSpot-RateLimit-Interval-Milliseconds`, 10 s),
 * SECONDLY (and the search API's "secondly limit") → 1 s, DAILY → until the next UTC midnight
 * (capped by the retry policy's longest wait, so the run fails visibly instead of sleeping a day).
 */
import { z } from 'zod';
import { parseRetryAfter, ProviderError, providerErrorFromStatus } from '../http/provider-error';
import { hubspotErrorBodySchema } from './schemas';

const apiExceptionSchema = z.object({
  code: z.number().int(),
  body: z.unknown().optional(),
  headers: z.record(z.string(), z.unknown()).catch({}),
});

function header(headers: Record<string, unknown>, name: string): string | null {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : null;
}

function messageOf(body: unknown): { message: string | null; policyName: string | null } {
  const parsed = hubspotErrorBodySchema.safeParse(typeof body === 'string' ? safeJson(body) : body);
  if (!parsed.success)
    return { message: typeof body === 'string' ? body.trim().slice(0, 300) || null : null, policyName: null };
  const { message, policyName } = parsed.data;
  return {
    message: typeof message === 'string' ? message : null,
    policyName: typeof policyName === 'string' ? policyName : null,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function policyWaitMs(
  policyName: string | null,
  message: string | null,
  headers: Record<string, unknown>,
  now: Date,
): number | null {
  const policy = policyName?.toUpperCase() ?? '';
  if (policy === 'TEN_SECONDLY_ROLLING') {
    const interval = Number(header(headers, 'x-hubspot-ratelimit-interval-milliseconds'));
    return Number.isFinite(interval) && interval > 0 ? interval : 10_000;
  }
  if (policy === 'SECONDLY' || /secondly limit/i.test(message ?? '')) return 1_000;
  if (policy === 'DAILY') {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    return midnight - now.getTime();
  }
  return null;
}

/** Converts what the SDK threw; errors that are not HubSpot's (bugs) come back unchanged. */
export function toProviderError(error: unknown, now: Date = new Date()): unknown {
  if (error instanceof ProviderError) return error;
  const exception = apiExceptionSchema.safeParse(error);
  if (exception.success && exception.data.code >= 100) {
    const { code, body, headers } = exception.data;
    const { message, policyName } = messageOf(body);
    const retryAfterMs =
      code === 429
        ? (parseRetryAfter(header(headers, 'retry-after'), now) ?? policyWaitMs(policyName, message, headers, now))
        : parseRetryAfter(header(headers, 'retry-after'), now);
    return providerErrorFromStatus(code, `HubSpot answered ${code}: ${message ?? 'no message'}`, retryAfterMs);
  }
  if (error instanceof SyntaxError)
    return new ProviderError('bad_response', `HubSpot sent a response that is not JSON: ${error.message}`);
  if (error instanceof Error && error.name === 'FetchError')
    return new ProviderError('network', `Network error: ${error.message}`);
  return error;
}
