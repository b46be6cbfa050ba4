import { Inbox } from 'lucide-react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { formatRelativeTime, formatDateTime } from '@/lib/format';
import { useAccessRequests } from '../api/list-access-requests';
import { useResolveAccessRequest } from '../api/resolve-access-request';

/** Admin-only list of pending requests with Approve (turns the flag on) and Dismiss. */
export function PendingAccessRequests({ isEditable = true }: { isEditable?: boolean }) {
  const requests = useAccessRequests({ status: 'pending' });
  const resolve = useResolveAccessRequest();

  if (requests.isPending) return <Skeleton className="h-16 w-full" />;
  if (requests.isError)
    return (
      <ErrorAlert
        title="Could not load access requests"
        error={requests.error}
        onRetry={() => void requests.refetch()}
      />
    );

  const items = requests.data.items;
  if (items.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-500">
        <Inbox className="size-4" aria-hidden="true" /> No pending access requests.
      </p>
    );
  }

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Pending access requests">
        {items.map((request) => {
          const isResolving = resolve.isPending && resolve.variables.id === request.id;
          return (
            <li key={request.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-slate-900">{request.email}</p>
                <p className="text-xs text-slate-500">
                  <time dateTime={request.createdAt} title={formatDateTime(request.createdAt)}>
                    {formatRelativeTime(request.createdAt)}
                  </time>
                  {request.reason ? <> · “{request.reason}”</> : null}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  size="sm"
                  disabled={!isEditable || (resolve.isPending && !isResolving)}
                  isLoading={isResolving && resolve.variables.status === 'approved'}
                  onClick={() => resolve.mutate({ id: request.id, status: 'approved' })}
                  aria-label={`Approve access request from ${request.email}`}
                >
                  Approve
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={!isEditable || (resolve.isPending && !isResolving)}
                  isLoading={isResolving && resolve.variables.status === 'dismissed'}
                  onClick={() => resolve.mutate({ id: request.id, status: 'dismissed' })}
                  aria-label={`Dismiss access request from ${request.email}`}
                >
                  Dismiss
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">Approving a request turns Success on for the whole workspace.</p>
      <div aria-live="polite">
        {resolve.isError ? <ErrorAlert title="Could not update the request" error={resolve.error} /> : null}
      </div>
    </div>
  );
}
