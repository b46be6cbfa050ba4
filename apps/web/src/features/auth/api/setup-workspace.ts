import type { SetupInput } from '@success/shared/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';
import { setupStatusQueryOptions } from './get-setup-status';

export function setupWorkspace(input: SetupInput) {
  return api.send('/v3/rest/setup', 'POST', input);
}

export function useSetupWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setupWorkspace,
    onSuccess: async () => {
      queryClient.setQueryData(setupStatusQueryOptions().queryKey, { isSetupRequired: false });
      // The setup call signed the new admin in; load who they are before navigating.
      await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    },
  });
}
