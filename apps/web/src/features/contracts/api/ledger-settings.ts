import { ledgerSettingsSchema, type LedgerSettingsInput } from '@success/shared/ledger';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export const ledgerSettingsQueryKey = [...contractsQueryKeyRoot, 'settings'] as const;

export function useLedgerSettings() {
  return useQuery(
    queryOptions({
      queryKey: ledgerSettingsQueryKey,
      queryFn: ({ signal }) => api.get('/v3/rest/success/contracts/settings', ledgerSettingsSchema, { signal }),
    }),
  );
}

/** Admins only. The ledger is rebuilt under the new rules, so every rollup refetches. */
export function useSaveLedgerSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LedgerSettingsInput) =>
      api.put('/v3/rest/success/contracts/settings', ledgerSettingsSchema, input),
    onSuccess: async (settings) => {
      queryClient.setQueryData(ledgerSettingsQueryKey, settings);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
      ]);
    },
  });
}
