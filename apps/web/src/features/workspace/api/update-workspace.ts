import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/features/auth/api/get-me';

export function updateWorkspace(input: { name: string }) {
  return api.send('/v3/rest/workspace', 'PATCH', input);
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkspace,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
