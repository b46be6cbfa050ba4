import { ProviderError } from './provider-error';

export type RetryOptions = {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we honour before giving up on this attempt budget. */
  maxRetryAfterMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  signal?: AbortSignal | undefined;
  onRetry?: (error: ProviderError, attempt: number, delayMs: number) => void;
};

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new ProviderError('network', 'The sync was cancelled.'));
        },
        { once: true },
      );
    }),
  random: Math.random,
};

/** Exponential backoff with full jitter (AWS architecture blog), overridden by the provider's Retry-After. */
export function retryDelayMs(error: ProviderError, attempt: number, options: RetryOptions): number {
  if (error.retryAfterMs !== null) return Math.min(error.retryAfterMs, options.maxRetryAfterMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(options.random() * ceiling);
}

/** Socket-level failures (fetch's TypeError, ECONNRESET and friends) are worth retrying; bugs are not. */
function asNetworkError(error: unknown): ProviderError | null {
  if (!(error instanceof Error)) return null;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  const isNetwork = error instanceof TypeError || /^E[A-Z]+/.test(code) || code.startsWith('UND_ERR');
  return isNetwork ? new ProviderError('network', `Network error: ${error.message}`) : null;
}

/**
 * Runs `call` until it succeeds, a non-retryable ProviderError is thrown, or the attempts run
 * out; then the last error propagates so the run fails visibly.
 */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  overrides: Partial<RetryOptions> = {},
): Promise<T> {
  const options = { ...defaultRetryOptions, ...overrides };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call(attempt);
    } catch (error) {
      const providerError = error instanceof ProviderError ? error : asNetworkError(error);
      if (!providerError) throw error;
      if (!providerError.isRetryable || attempt >= options.maxAttempts || options.signal?.aborted) throw providerError;
      const delay = retryDelayMs(providerError, attempt, options);
      options.onRetry?.(providerError, attempt, delay);
      await options.sleep(delay, options.signal);
    }
  }
}
