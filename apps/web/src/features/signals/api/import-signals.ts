import { signalImportResultSchema, type SignalImportInput } from '@success/shared/signals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Validates the CSV row by row; with `dryRun` nothing is written, otherwise the valid rows are (idempotent by externalId). */
export function importSignals(input: SignalImportInput) {
  return api.post('/v3/rest/success/signals/import', signalImportResultSchema, input);
}

/** One mutation per button (Preview, Import) so each has its own loading state. */
export function useImportSignals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSignals,
    onSuccess: async (result, { dryRun }) => {
      if (dryRun || !result.written) return;
      // New signals (and possibly new accounts) change Customer Detail counts and the Health queue.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
      ]);
    },
  });
}
