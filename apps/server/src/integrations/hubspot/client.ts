/**
 * HubSpot companies through `@hubspot/api-client` (CRM v3 `basicApi.getPage`, `after` cursor).
 * The SDK's own retries and limiter are off (`numberOfApiCallRetries: 0`, no `limiterOptions`):
 * its retry sleeps for real and logs with console.error, and one page per engine step stays far
 * below HubSpot's 100+ requests per 10 s. Retries go through `withRetry` like every connector.
 *
 * The SDK accepts no AbortSignal, so the request timeout and cancellation race the call; an
 * abandoned request finishes in the background and its answer is ignored.
 */
import { Client } from '@hubspot/api-client';
import { ProviderError } from '../http/provider-error';
import { withRetry, type RetryOptions } from '../http/retry';
import { toProviderError } from './errors';

export type HubspotClientOptions = {
  accessToken: string;
  baseUrl: string | null;
  signal: AbortSignal;
  retry?: Partial<RetryOptions>;
  requestTimeoutMs: number;
};

export type HubspotCompanyPage = { results: unknown[]; nextAfter: string | null };

export type HubspotClient = {
  listCompanies: (after: string | null, limit: number, properties: string[]) => Promise<HubspotCompanyPage>;
};

function raceWithDeadline<T>(call: Promise<T>, options: HubspotClientOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ProviderError('network', `HubSpot did not answer within ${options.requestTimeoutMs} ms.`)),
      options.requestTimeoutMs,
    );
    const onAbort = () => reject(new ProviderError('network', 'The sync was cancelled.'));
    options.signal.addEventListener('abort', onAbort, { once: true });
    void call.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
    });
  });
}

export function createHubspotClient(options: HubspotClientOptions): HubspotClient {
  const sdk = new Client({
    accessToken: options.accessToken,
    numberOfApiCallRetries: 0,
    ...(options.baseUrl ? { basePath: options.baseUrl.replace(/\/+$/, '') } : {}),
  });

  async function call<T>(request: () => Promise<T>): Promise<T> {
    return withRetry(
      async () => {
        try {
          return await raceWithDeadline(request(), options);
        } catch (error) {
          throw toProviderError(error);
        }
      },
      { ...options.retry, signal: options.signal },
    );
  }

  return {
    listCompanies: async (after, limit, properties) => {
      const page = await call(() =>
        sdk.crm.companies.basicApi.getPage(limit, after ?? undefined, properties, undefined, undefined, false),
      );
      return { results: page.results, nextAfter: page.paging?.next?.after ?? null };
    },
  };
}
