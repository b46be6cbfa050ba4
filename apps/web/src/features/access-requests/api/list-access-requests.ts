import { type AccessRequest, accessRequestListSchema } from '@success/shared/access-requests';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';


export function listAccessRequests(status: AccessRequest['status']) {
  return api.get('/v3/rest/access-requests', accessRequestListSchema, { query: { status } });
}

export const accessRequestsQueryOptions = (status: AccessRequest['status'] = 'pending') =>
  queryOptions({ queryKey: ['access-requests', 'list', status], queryFn: () => listAccessRequests(status) });

export function useAccessRequests({
  status = 'pending',
  isEnabled = true,
}: { status?: AccessRequest['status']; isEnabled?: boolean } = {}) {
  return useQuery({ ...accessRequestsQueryOptions(status), enabled: isEnabled });
}
