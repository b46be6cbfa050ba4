import { accessRequestSchema } from '@success/shared/access-requests';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { myAccessRequestQueryOptions } from './get-my-access-request';

export function createAccessRequest(input: { reason?: string }) {
  return api.post('/v3/rest/access-requests', accessRequestSchema, input);
}

export function useCreateAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccessRequest,
    onSuccess: async (request) => {
      queryClient.setQueryData(myAccessRequestQueryOptions().queryKey, { request });
      await queryClient.invalidateQueries({ queryKey: ['access-requests'] });
    },
  });
}
