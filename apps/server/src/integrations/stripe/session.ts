import type Stripe from 'stripe';
import { ProviderError } from '../http/provider-error';
import { withRetry, type RetryOptions } from '../http/retry';
import { callStripe, createStripeClient } from './client';

export type StripeConnectorOptions = {
  /** Overrides of the retry policy (tests pass a sleep that does not wait). */
  retry?: Partial<RetryOptions>;
  timeoutMs?: number;
};

/** Runs one Stripe request with the connector's retry policy; failures surface as ProviderError. */
export type StripeCall = <T>(request: (client: Stripe) => Promise<T>) => Promise<T>;

export function createStripeCall(
  connection: { secretKey: string; baseUrl: string | null; signal: AbortSignal },
  options: StripeConnectorOptions,
): StripeCall {
  const client = createStripeClient({
    secretKey: connection.secretKey,
    baseUrl: connection.baseUrl,
    timeoutMs: options.timeoutMs,
  });
  return (request) =>
    withRetry(
      () => {
        if (connection.signal.aborted) throw new ProviderError('network', 'The sync was cancelled.');
        return callStripe(() => request(client));
      },
      { ...options.retry, signal: connection.signal },
    );
}

/** A request for one object that may be gone (a deleted draft invoice): null on Stripe's 404. */
export async function findOrNull<T>(call: StripeCall, request: (client: Stripe) => Promise<T>): Promise<T | null> {
  try {
    return await call(request);
  } catch (error) {
    if (error instanceof ProviderError && error.status === 404) return null;
    throw error;
  }
}
