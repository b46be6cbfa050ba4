import type { Role } from '@success/shared/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersQueryKey } from './list-users';

export type CreateUserInput = { email: string; password: string; name?: string; role: Role };

export function createUser(input: CreateUserInput) {
  return api.send('/v3/rest/users', 'POST', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
