import { Eye, EyeOff } from 'lucide-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { useSetTracking } from '../api/set-tracking';

type Account = { domain: string; name: string; isTracked: boolean };

/** `untracking` is fixed when the dialog opens: the badge flips on success while the timeline refetches. */
function TrackingForm({ account, untracking, onDone }: { account: Account; untracking: boolean; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const setTracking = useSetTracking(account.domain);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTracking.mutate({ isTracked: !untracking, reason }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit}>
      <Field label="Reason (optional)" hint="Recorded in the account's timeline.">
        {(props) => (
          <Textarea
            {...props}
            autoFocus
            rows={3}
            maxLength={1000}
            placeholder={
              untracking
                ? 'For example: internal test account, or a reseller we do not manage'
                : 'For example: back under a support contract'
            }
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div aria-live="polite">
        {setTracking.isError ? (
          <ErrorAlert
            className="mt-3"
            title={untracking ? 'Could not untrack the account' : 'Could not re-track the account'}
            error={setTracking.error}
          />
        ) : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone} disabled={setTracking.isPending}>
          Cancel
        </Button>
        <Button
          type="submit"
          isLoading={setTracking.isPending}
          className={untracking ? 'bg-rose-600 hover:bg-rose-500 disabled:bg-rose-300' : undefined}
        >
          {untracking ? `Untrack ${account.name}` : `Re-track ${account.name}`}
        </Button>
      </div>
    </form>
  );
}

/**
 * The page footer: whether the account is monitored, other account actions (`actions`, such as
 * Draft email and View in CRM), and Untrack / Re-track behind a confirmation.
 */
export function TrackingFooter({
  account,
  canEdit,
  actions,
}: {
  account: Account;
  canEdit: boolean;
  actions?: ReactNode;
}) {
  // The change being confirmed: true untracks, false re-tracks, null is closed.
  const [untracking, setUntracking] = useState<boolean | null>(null);
  const hintId = useId();
  const Icon = account.isTracked ? Eye : EyeOff;
  return (
    <Card className="flex flex-wrap items-center gap-4 px-5 py-4">
      <span
        className={
          account.isTracked
            ? 'flex size-9 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-indigo-600'
            : 'flex size-9 shrink-0 items-center justify-center rounded-full bg-amber-50 text-amber-700'
        }
        aria-hidden="true"
      >
        <Icon className="size-4" />
      </span>
      <div className="min-w-0 flex-1">
        <h2 className="text-sm font-semibold text-slate-900">
          {account.isTracked ? 'Tracked for health monitoring' : 'Not tracked'}
        </h2>
        <p className="text-xs text-slate-500">
          {account.isTracked
            ? `${account.name} is in the Health queue. Untrack accounts you do not manage, such as test or partner accounts.`
            : `${account.name} is hidden from the Health queue (Show untracked lists it). Its data keeps syncing.`}
        </p>
        {!canEdit ? (
          <p id={hintId} className="mt-1 text-xs text-slate-500">
            Viewers cannot change tracking. Ask an admin or member.
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {actions}
        <Button
          variant={account.isTracked ? 'danger' : 'secondary'}
          icon={
            account.isTracked ? (
              <EyeOff className="size-4" aria-hidden="true" />
            ) : (
              <Eye className="size-4" aria-hidden="true" />
            )
          }
          disabled={!canEdit}
          aria-describedby={canEdit ? undefined : hintId}
          onClick={() => setUntracking(account.isTracked)}
        >
          {account.isTracked ? 'Untrack' : 'Re-track'}
        </Button>
      </div>
      <Dialog
        isOpen={untracking !== null}
        onClose={() => setUntracking(null)}
        title={untracking ? `Untrack ${account.name}?` : `Re-track ${account.name}?`}
        description={
          untracking
            ? 'It leaves the Health queue and health monitoring. Nothing is deleted, and you can re-track it at any time.'
            : 'It returns to the Health queue and health monitoring.'
        }
      >
        {untracking !== null ? (
          <TrackingForm account={account} untracking={untracking} onDone={() => setUntracking(null)} />
        ) : null}
      </Dialog>
    </Card>
  );
}
