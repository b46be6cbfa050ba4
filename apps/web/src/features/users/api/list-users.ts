import { userListSchema } from '@success/shared/users';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';


export function listUsers() {
  return api.get('/v3/rest/users', userListSchema);
}

export const usersQueryKey = ['users'] as const;

export const usersQueryOptions = () => queryOptions({ queryKey: usersQueryKey, queryFn: listUsers });

export function useUsers({ isEnabled = true }: { isEnabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(), enabled: isEnabled });
}
