import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { healthQueryKey, healthSnapshotStateSchema } from './get-health';

export const healthDiffFactorSchema = z.object({
  key: z.string(),
  label: z.string(),
  detail: z.string().nullish(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number(),
  change: z.enum(['appeared', 'disappeared', 'changed']),
});
export type HealthDiffFactor = z.infer<typeof healthDiffFactorSchema>;

export const healthDiffSchema = z.object({
  scoreBefore: z.number(),
  scoreAfter: z.number(),
  scoreDelta: z.number(),
  bandBefore: healthSnapshotStateSchema,
  bandAfter: healthSnapshotStateSchema,
  isBandChanged: z.boolean(),
  factors: z.array(healthDiffFactorSchema),
});
export type HealthDiff = z.infer<typeof healthDiffSchema>;

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
