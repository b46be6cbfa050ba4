import { demoStatusSchema } from '@success/shared/demo';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { demoStatusQueryOptions } from './get-demo-status';

export function setDemoMode(isEnabled: boolean) {
  return api.put('/v3/rest/demo', demoStatusSchema, { isEnabled });
}

/** Shared by every demo switch so they all show the same pending state. */
export const setDemoModeMutationKey = ['set-demo-mode'] as const;

export function useSetDemoMode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: setDemoModeMutationKey,
    mutationFn: setDemoMode,
    onSuccess: async (status) => {
      queryClient.setQueryData(demoStatusQueryOptions().queryKey, status);
      // Everything account-shaped changes with the data set.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
        queryClient.invalidateQueries({ queryKey: ['contracts'] }),
        queryClient.invalidateQueries({ queryKey: ['readiness'] }),
        queryClient.invalidateQueries({ queryKey: ['integrations'] }),
      ]);
    },
  });
}
