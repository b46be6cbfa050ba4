import type { Role } from '@success/shared/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersQueryKey } from './list-users';

export function updateUserRole({ id, role }: { id: string; role: Role }) {
  return api.send(`/v3/rest/users/${encodeURIComponent(id)}`, 'PATCH', { role });
}

export function useUpdateUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRole,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
