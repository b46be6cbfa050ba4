import { batchResultSchema } from '@success/shared/signals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';

/** A valid row as the server parsed it (the first 20 come back with every answer). */
const previewRowSchema = z.object({
  externalId: z.string(),
  companyDomain: z.string().optional(),
  /** The normalized company domain the signal will be filed under. */
  domain: z.string(),
  type: z.string(),
  sentiment: z.string().optional(),
  score: z.number().optional(),
  text: z.string(),
  source: z.string().optional(),
  evidenceUrl: z.string().optional(),
  occurredAt: z.string(),
});

export const signalImportResultSchema = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  preview: z.array(previewRowSchema),
  errors: z.array(z.object({ row: z.number().int(), externalId: z.string().nullable(), message: z.string() })),
  written: batchResultSchema.omit({ errors: true }).nullable(),
});

export type SignalImportResult = z.infer<typeof signalImportResultSchema>;
export type SignalPreviewRow = z.infer<typeof previewRowSchema>;
export type SignalImportInput = { csv: string; dryRun: boolean };

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
