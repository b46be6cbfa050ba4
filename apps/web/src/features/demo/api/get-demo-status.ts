import { demoStatusSchema } from '@success/shared/demo';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getDemoStatus() {
  return api.get('/v3/rest/demo', demoStatusSchema);
}

export const demoStatusQueryOptions = () => queryOptions({ queryKey: ['demo'], queryFn: getDemoStatus });

export function useDemoStatus() {
  return useQuery(demoStatusQueryOptions());
}
