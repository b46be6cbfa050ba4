import { ledgerRowSchema, type LedgerRowDetail } from '@success/shared/ledger';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { contractQueryKey } from './get-contract';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export type SetIgnoredInput = { id: string; isIgnored: boolean; reason?: string };

export function setIgnored({ id, isIgnored, reason }: SetIgnoredInput) {
  return api.put(`/v3/rest/success/contracts/${encodeURIComponent(id)}/ignore`, ledgerRowSchema, {
    isIgnored,
    ...(isIgnored && reason?.trim() ? { reason: reason.trim() } : {}),
  });
}

/**
 * Ignores a row from ARR (with a reason) or counts it again. The sheet flips at once; totals,
 * movements, renewals, the ledger and the Health numbers built on ARR refetch.
 */
export function useSetIgnored() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setIgnored,
    onSuccess: async (row) => {
      queryClient.setQueryData<LedgerRowDetail>(contractQueryKey(row.id), (detail) =>
        detail ? { ...detail, ...row } : detail,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
      ]);
    },
  });
}
