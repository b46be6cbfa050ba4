import { type CustomerDetail, trackingSchema } from '@success/shared/customers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { customerQueryKey } from '@/lib/query-keys';

export function setTracking({ domain, isTracked, reason }: { domain: string; isTracked: boolean; reason?: string }) {
  return api.put(`/v3/rest/success/customers/${encodeURIComponent(domain)}/tracking`, trackingSchema, {
    isTracked,
    ...(reason?.trim() ? { reason: reason.trim() } : {}),
  });
}

/** Untrack / re-track: the badge flips at once, then the detail, its timeline and the Health queue refetch. */
export function useSetTracking(domain: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { isTracked: boolean; reason?: string }) => setTracking({ domain, ...input }),
    onSuccess: async ({ isTracked }) => {
      queryClient.setQueryData<CustomerDetail>(customerQueryKey(domain), (detail) =>
        detail ? { ...detail, account: { ...detail.account, isTracked } } : detail,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKey(domain) }),
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
      ]);
    },
  });
}
