import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export function setFeatureFlag({ key, isEnabled }: { key: 'success'; isEnabled: boolean }) {
  return api.send(`/v3/rest/feature-flags/${key}`, 'PUT', { isEnabled });
}

export function useSetFeatureFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setFeatureFlag,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['feature-flags'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['access-requests'] }),
      ]);
    },
  });
}
