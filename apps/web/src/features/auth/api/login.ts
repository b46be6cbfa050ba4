import type { LoginInput } from '@success/shared/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';

export function login(input: LoginInput) {
  return api.send('/v3/rest/auth/login', 'POST', input);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: login,
    onSuccess: async () => {
      // Drop anything cached for a previous session, then load the new user.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'setup-status' });
      await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    },
  });
}
