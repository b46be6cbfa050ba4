import { ledgerRowSchema, type LedgerRow } from '@success/shared/ledger';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { accountsQueryKeyRoot, contractsQueryKeyRoot, customerQueryKey } from '@/lib/query-keys';
import { revenueQueryKey } from './get-revenue';

export type IgnoreInput = { rowId: string; isIgnored: boolean; reason?: string };

export function setRevenueIgnored({ rowId, isIgnored, reason }: IgnoreInput) {
  return api.put(`/v3/rest/success/contracts/${encodeURIComponent(rowId)}/ignore`, ledgerRowSchema, {
    isIgnored,
    ...(isIgnored && reason?.trim() ? { reason: reason.trim() } : {}),
  });
}

/**
 * Ignores a revenue row from ARR (with a reason) or counts it again. The card flips at once; the
 * mutation settles only after the account (its ARR card), the Health queue and summary, and the
 * Contracts ledger have refetched, so the new ARR is on screen when the dialog closes.
 */
export function useSetRevenueIgnored(domain: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setRevenueIgnored,
    onSuccess: async (row) => {
      queryClient.setQueryData<{ items: LedgerRow[] }>(revenueQueryKey(domain), (data) =>
        data ? { items: data.items.map((item) => (item.id === row.id ? row : item)) } : data,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKey(domain) }),
        queryClient.invalidateQueries({ queryKey: accountsQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: contractsQueryKeyRoot }),
      ]);
    },
  });
}
