import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export function resolveAccessRequest({ id, status }: { id: string; status: 'approved' | 'dismissed' }) {
  return api.send(`/v3/rest/access-requests/${encodeURIComponent(id)}`, 'PATCH', { status });
}

export function useResolveAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveAccessRequest,
    onSuccess: async () => {
      // Approving a request turns the success flag on for the workspace.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['access-requests'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['feature-flags'] }),
      ]);
    },
  });
}
