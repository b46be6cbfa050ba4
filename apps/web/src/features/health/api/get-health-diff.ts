import { healthDiffSchema } from '@success/shared/health';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { healthQueryKey } from './get-health';

export function getHealthDiff({
  domain,
  from,
  to,
  signal,
}: {
  domain: string;
  from: string;
  to: string;
  signal?: AbortSignal;
}) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/health/diff`, healthDiffSchema, {
    query: { from, to },
    signal,
  });
}

export const healthDiffQueryOptions = (domain: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...healthQueryKey(domain), 'diff', from, to],
    queryFn: ({ signal }) => getHealthDiff({ domain, from, to, signal }),
    staleTime: Infinity,
  });

export function useHealthDiff(domain: string, pair: { from: string; to: string } | null) {
  return useQuery({ ...healthDiffQueryOptions(domain, pair?.from ?? '', pair?.to ?? ''), enabled: pair !== null });
}
