import { accessRequestSchema } from '@success/shared/access-requests';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';

const myAccessRequestSchema = z.object({ request: accessRequestSchema.nullable() });

export function getMyAccessRequest() {
  return api.get('/v3/rest/access-requests/mine', myAccessRequestSchema);
}

export const myAccessRequestQueryOptions = () =>
  queryOptions({ queryKey: ['access-requests', 'mine'], queryFn: getMyAccessRequest });

export function useMyAccessRequest() {
  return useQuery(myAccessRequestQueryOptions());
}
