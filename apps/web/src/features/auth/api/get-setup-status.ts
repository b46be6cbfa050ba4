import { setupStatusSchema } from '@success/shared/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getSetupStatus() {
  return api.get('/v3/rest/setup', setupStatusSchema);
}

export const setupStatusQueryOptions = () =>
  queryOptions({ queryKey: ['setup-status'], queryFn: getSetupStatus, staleTime: Infinity });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
