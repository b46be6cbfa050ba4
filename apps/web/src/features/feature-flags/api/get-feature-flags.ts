import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';

const featureFlagsSchema = z.object({ flags: z.record(z.string(), z.boolean()) });

export function getFeatureFlags() {
  return api.get('/v3/rest/feature-flags', featureFlagsSchema);
}

export const featureFlagsQueryOptions = () => queryOptions({ queryKey: ['feature-flags'], queryFn: getFeatureFlags });

export function useFeatureFlags() {
  return useQuery(featureFlagsQueryOptions());
}
