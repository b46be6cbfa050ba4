import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export function logout() {
  return api.send('/v3/rest/auth/logout', 'POST');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== 'setup-status' && query.queryKey[0] !== 'me',
      });
    },
  });
}
