import Stripe from 'stripe';
import { ProviderError, parseRetryAfter, providerErrorFromStatus } from '../http/provider-error';

/** The API version the installed SDK's types describe; payload shapes in schemas.ts follow it. */
export const stripeApiVersion = '2026-10-28.endive' satisfies Stripe.LatestApiVersion;

export type StripeClientOptions = {
  secretKey: string;
  /** Origin of a Stripe-compatible API (a local fake in tests); null means api.stripe.com. */
  baseUrl?: string | null | undefined;
  timeoutMs?: number | undefined;
};

/**
 * A Stripe SDK client with the API version pinned and the SDK's own retries off: `withRetry`
 * decides about retries, so a 429 or 5xx is not retried twice over.
 */
export function createStripeClient(options: StripeClientOptions): Stripe {
  const origin = options.baseUrl ? new URL(options.baseUrl) : null;
  const protocol = origin?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(options.secretKey, {
    apiVersion: stripeApiVersion,
    maxNetworkRetries: 0,
    timeout: options.timeoutMs ?? 30_000,
    telemetry: false,
    ...(origin ? { host: origin.hostname, port: origin.port || (protocol === 'http' ? 80 : 443), protocol } : {}),
  });
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found ? found[1] : null;
}

/** Converts anything the SDK throws into the one error connectors throw, in Stripe's own words. */
export function toProviderError(error: unknown, now: Date): ProviderError | null {
  if (error instanceof ProviderError) return error;
  if (!(error instanceof Stripe.errors.StripeError)) return null;
  if (error instanceof Stripe.errors.StripeConnectionError) {
    return new ProviderError('network', `Could not reach Stripe: ${error.message}`);
  }
  const status = error.statusCode ?? null;
  const isRateLimited = status === 429 || error instanceof Stripe.errors.StripeRateLimitError;
  if (isRateLimited) {
    const retryAfterMs = parseRetryAfter(headerValue(error.headers, 'retry-after'), now);
    return new ProviderError('rate_limited', error.message, { status: status ?? 429, retryAfterMs });
  }
  // No status means the SDK could not read the response (for example invalid JSON).
  if (status === null) return new ProviderError('bad_response', error.message);
  return providerErrorFromStatus(status, error.message);
}

/** Runs one SDK call and rethrows its failure as a ProviderError (other errors pass unchanged). */
export async function callStripe<T>(call: () => Promise<T>, now: Date = new Date()): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toProviderError(error, now) ?? error;
  }
}

/**
 * The JSON Stripe sent for SDK objects. stripe-node v23 turns decimal-string fields (such as
 * `price.unit_amount_decimal`) into its own Decimal type; the schemas read the wire format, which
 * is also what webhooks deliver and what a quarantined payload should keep.
 */
export function toWireJson(values: readonly object[]): unknown[] {
  return values.map((value): unknown => JSON.parse(JSON.stringify(value)));
}
