import { movementsSchema } from '@success/shared/ledger';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export type MovementRange = { from: string; to: string };

export function getMovements({ from, to }: MovementRange, signal?: AbortSignal) {
  return api.get('/v3/rest/success/contracts/movements', movementsSchema, { query: { from, to }, signal });
}

export const movementsQueryOptions = (range: MovementRange) =>
  queryOptions({
    queryKey: [...contractsQueryKeyRoot, 'movements', range],
    queryFn: ({ signal }) => getMovements(range, signal),
  });

/** MRR movements per month and NRR/GRR over `range` (months as YYYY-MM). */
export function useMovements(range: MovementRange) {
  return useQuery({ ...movementsQueryOptions(range), placeholderData: (previous) => previous });
}
