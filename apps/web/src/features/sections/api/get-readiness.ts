import { readinessSchema, type ReadinessSection } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { readinessQueryKeyRoot } from '@/lib/query-keys';

export function getReadiness(section: ReadinessSection) {
  return api.get(`/v3/rest/success/sections/${section}/setup`, readinessSchema);
}

export const readinessQueryOptions = (section: ReadinessSection) =>
  queryOptions({ queryKey: [...readinessQueryKeyRoot, section], queryFn: () => getReadiness(section) });

export function useReadiness(section: ReadinessSection) {
  return useQuery(readinessQueryOptions(section));
}
