import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../http/provider-error';
import { toProviderError } from './client';

const now = new Date('2026-03-01T12:00:00Z');
const { errors } = Stripe;

describe('toProviderError', () => {
  it('reads a rate limit’s Retry-After in seconds or as an HTTP date, else leaves it unknown', () => {
    const seconds = new errors.StripeRateLimitError({
      message: 'Too many requests.',
      statusCode: 429,
      headers: { 'retry-after': '2' },
    });
    expect(toProviderError(seconds, now)).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 2000,
      message: 'Too many requests.',
    });
    const date = new errors.StripeRateLimitError({
      statusCode: 429,
      headers: { 'retry-after': 'Sun, 01 Mar 2026 12:00:05 GMT' },
    });
    expect(toProviderError(date, now)?.retryAfterMs).toBe(5000);
    expect(toProviderError(new errors.StripeRateLimitError({ statusCode: 429 }), now)?.retryAfterMs).toBeNull();
  });

  it('treats a 400 with code rate_limit as rate limited, as stripe-node does', () => {
    const error = new errors.StripeRateLimitError({ statusCode: 400, code: 'rate_limit', message: 'Slow down.' });
    expect(toProviderError(error, now)).toMatchObject({ kind: 'rate_limited' });
  });

  it('maps statuses to kinds in Stripe’s words', () => {
    const cases = [
      [
        new errors.StripeAuthenticationError({ statusCode: 401, message: 'Invalid API Key provided: sk_test_****' }),
        'auth',
      ],
      [
        new errors.StripePermissionError({ statusCode: 403, message: 'The provided key does not have access.' }),
        'auth',
      ],
      [new errors.StripeInvalidRequestError({ statusCode: 404, message: "No such customer: 'cus_x'" }), 'client'],
      [new errors.StripeAPIError({ statusCode: 503, message: 'Service unavailable.' }), 'server'],
      [new errors.StripeConnectionError({ message: 'An error occurred with our connection to Stripe.' }), 'network'],
      [new errors.StripeAPIError({ message: 'Invalid JSON received from the Stripe API' }), 'bad_response'],
    ] as const;
    for (const [error, kind] of cases) {
      const converted = toProviderError(error, now);
      expect(converted).toBeInstanceOf(ProviderError);
      expect(converted?.kind).toBe(kind);
      expect(converted?.message).toContain(error.message);
    }
  });

  it('leaves errors that are not Stripe’s alone', () => {
    expect(toProviderError(new TypeError('bug'), now)).toBeNull();
  });
});
