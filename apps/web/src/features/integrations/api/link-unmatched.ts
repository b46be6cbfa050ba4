import type { UnmatchedCustomer } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { expectSyncSoon } from './list-integrations';
import { unmatchedQueryKey } from './list-unmatched';

/** Links a provider record to an account by domain; the server remembers the link for later syncs. */
export function linkUnmatched({ id, companyDomain }: { id: string; companyDomain: string }) {
  return api.send(`/v3/rest/integrations/unmatched/${encodeURIComponent(id)}/link`, 'POST', { companyDomain });
}

export function useLinkUnmatched() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkUnmatched,
    onSuccess: async (_data, { id }) => {
      // Linking resyncs the provider so the record's rows follow it.
      expectSyncSoon();
      // The row leaves the list at once; the refetch confirms it.
      queryClient.setQueryData<{ items: UnmatchedCustomer[] }>(unmatchedQueryKey, (previous) =>
        previous ? { items: previous.items.filter((item) => item.id !== id) } : previous,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unmatchedQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['integrations'], exact: true }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
      ]);
    },
  });
}
