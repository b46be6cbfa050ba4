import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';

export const healthBandSchema = z.enum(['healthy', 'at_risk', 'critical']);
export type HealthBand = z.infer<typeof healthBandSchema>;

/** What a snapshot shows: its band, or "not enough data" when too little of its input was known. */
export const healthSnapshotStateSchema = z.enum(['healthy', 'at_risk', 'critical', 'not_enough_data']);
export type HealthSnapshotState = z.infer<typeof healthSnapshotStateSchema>;

export const healthFactorSchema = z.object({
  key: z.string(),
  label: z.string(),
  points: z.number().int(),
  source: z.string().nullish(),
  dimension: z.string().nullish(),
  detail: z.string().nullish(),
});
export type HealthFactor = z.infer<typeof healthFactorSchema>;

export const healthSnapshotSchema = z.object({
  id: z.string(),
  score: z.number(),
  band: healthSnapshotStateSchema,
  coverage: z.number(),
  engineVersion: z.string().nullish(),
  computedAt: z.string(),
  confirmedAt: z.string().nullish(),
  factors: z.array(healthFactorSchema),
  clamp: z.object({ points: z.number().int(), label: z.string() }).nullable(),
});
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;

export const healthPointSchema = z.object({
  id: z.string(),
  score: z.number(),
  band: healthSnapshotStateSchema,
  computedAt: z.string(),
  /** The last recompute that produced this same snapshot (history is appended only on change). */
  confirmedAt: z.string().nullish(),
});
export type HealthPoint = z.infer<typeof healthPointSchema>;

export const customerHealthSchema = z.object({
  current: healthSnapshotSchema.nullable(),
  history: z.array(healthPointSchema),
});
export type CustomerHealth = z.infer<typeof customerHealthSchema>;

export const healthWindows = [30, 90, 180] as const;
export type HealthWindow = (typeof healthWindows)[number];

export const healthQueryKey = (domain: string) => ['customer', domain, 'health'] as const;

export function getCustomerHealth({
  domain,
  days,
  signal,
}: {
  domain: string;
  days: HealthWindow;
  signal?: AbortSignal;
}) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/health`, customerHealthSchema, {
    query: { days },
    signal,
  });
}

export const healthQueryOptions = (domain: string, days: HealthWindow) =>
  queryOptions({
    queryKey: [...healthQueryKey(domain), days],
    queryFn: ({ signal }) => getCustomerHealth({ domain, days, signal }),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

export function useCustomerHealth(domain: string, days: HealthWindow = 90) {
  return useQuery(healthQueryOptions(domain, days));
}
