import type { UpdateWorkspaceInput } from '@success/shared/workspace';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

/** Admin settings of the workspace: name, time zone, logo URL template (a field left out stays). */
export function updateWorkspace(input: UpdateWorkspaceInput) {
  return api.send('/v3/rest/workspace', 'PATCH', input);
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkspace,
    // A new time zone moves every day count and rescores, so everything read before is stale.
    onSuccess: (_data, input) =>
      input.timeZone !== undefined
        ? queryClient.invalidateQueries()
        : queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
