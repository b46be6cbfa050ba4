import { currencyRatesSchema } from '@success/shared/ledger';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { meQueryKey } from '@/lib/auth';
import { api } from '@/lib/api-client';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export type CurrencyRates = z.infer<typeof currencyRatesSchema>;
export type CurrencyRatesInput = { reportingCurrency: string; rates: { currency: string; rate: string }[] };

export const currencyRatesQueryKey = [...contractsQueryKeyRoot, 'rates'] as const;

export function getCurrencyRates(signal?: AbortSignal) {
  return api.get('/v3/rest/success/contracts/rates', currencyRatesSchema, { signal });
}

export function useCurrencyRates() {
  return useQuery(queryOptions({ queryKey: currencyRatesQueryKey, queryFn: ({ signal }) => getCurrencyRates(signal) }));
}

export function updateCurrencyRates(input: CurrencyRatesInput) {
  return api.put('/v3/rest/success/contracts/rates', currencyRatesSchema, input);
}

/** Admins only. Every rollup is recomputed in the (new) reporting currency, so all of it refetches. */
export function useUpdateCurrencyRates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCurrencyRates,
    onSuccess: async (rates) => {
      queryClient.setQueryData(currencyRatesQueryKey, rates);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
      ]);
    },
  });
}
