import { CheckCircle2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { useCreateAccessRequest } from '../api/create-access-request';
import { useMyAccessRequest } from '../api/get-my-access-request';

/** The signed-in user's own request for Success access: the form, or the state of their request. */
export function RequestAccessForm() {
  const mine = useMyAccessRequest();
  const create = useCreateAccessRequest();
  const [reason, setReason] = useState('');
  const [isRequestingAgain, setIsRequestingAgain] = useState(false);

  if (mine.isPending) return <Skeleton className="h-32 w-full" />;
  if (mine.isError)
    return (
      <ErrorAlert title="Could not load your access request" error={mine.error} onRetry={() => void mine.refetch()} />
    );

  const request = mine.data.request;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    create.mutate(trimmed ? { reason: trimmed } : {}, {
      onSuccess: () => {
        setReason('');
        setIsRequestingAgain(false);
      },
    });
  }

  if (request && request.status === 'pending') {
    return (
      <div
        role="status"
        className="flex gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      >
        <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden="true" />
        <div>
          <p className="font-medium">Request sent on {formatDate(request.createdAt)}</p>
          <p className="mt-0.5 text-emerald-800">
            An admin of this workspace will review it. {request.reason ? <>Your note: “{request.reason}”</> : null}
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {request && request.status === 'dismissed' && !isRequestingAgain ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          Your request from {formatDate(request.createdAt)} was dismissed by an admin.{' '}
          <Button variant="link" size="sm" onClick={() => setIsRequestingAgain(true)}>
            Request again
          </Button>
        </div>
      ) : (
        <form onSubmit={handleSubmit} className="space-y-3">
          <Field
            label="Why do you need Success? (optional)"
            hint="Helps your admin decide — for example, which accounts or renewals you look after."
          >
            {(props) => (
              <Textarea
                {...props}
                name="reason"
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
              />
            )}
          </Field>
          <div aria-live="polite">
            {create.isError ? <ErrorAlert title="Could not send the request" error={create.error} /> : null}
          </div>
          <Button type="submit" isLoading={create.isPending}>
            Request access
          </Button>
        </form>
      )}
    </div>
  );
}
