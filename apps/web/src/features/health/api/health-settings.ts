import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { healthSettingsPreviewSchema } from '@success/shared/health';
import { healthSettingsResponseSchema, type HealthSettings } from '@success/shared/health-settings';
import { api } from '@/lib/api-client';

export const healthSettingsQueryKey = ['health-settings'] as const;

export function getHealthSettings(signal?: AbortSignal) {
  return api.get('/v3/rest/success/health/settings', healthSettingsResponseSchema, { signal });
}

export const healthSettingsQueryOptions = () =>
  queryOptions({ queryKey: healthSettingsQueryKey, queryFn: ({ signal }) => getHealthSettings(signal) });

export function useHealthSettings() {
  return useQuery(healthSettingsQueryOptions());
}

/** How many accounts would change band under `settings`, before saving (admin). */
export function usePreviewHealthSettings() {
  return useMutation({
    mutationFn: (settings: HealthSettings) =>
      api.post('/v3/rest/success/health/settings/preview', healthSettingsPreviewSchema, { settings }),
  });
}

/** Saves and rescores every account server-side; the queue, summary and open accounts refetch. */
export function useSaveHealthSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: HealthSettings) =>
      api.put('/v3/rest/success/health/settings', healthSettingsResponseSchema, { settings }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(healthSettingsQueryKey, saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
        queryClient.invalidateQueries({ queryKey: ['contracts'] }),
      ]);
    },
  });
}
