import type { Route } from '@success/shared/routing';
import type { Section } from '@success/shared/sections';
import { Route as RouteIcon } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { getSectionLabel } from '@/config/sections';
import { isApiError } from '@/lib/api-client';
import { useCreateRoute } from '../api/create-route';

export type RouteTarget = { account: { domain: string; name: string }; from: Section; to: Section };

const REASON_MAX = 2000;

function RouteForm({
  target,
  onCancel,
  onRouted,
}: {
  target: RouteTarget;
  onCancel: () => void;
  onRouted: (route: Route) => void;
}) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const create = useCreateRoute();
  const toLabel = getSectionLabel(target.to);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError('Say why the account moves.');
      return;
    }
    create.mutate(
      { companyDomain: target.account.domain, from: target.from, to: target.to, reason },
      { onSuccess: onRouted },
    );
  }

  // A 422 names the moves the model allows; a 409 names the open route already going there.
  const status = create.isError && isApiError(create.error) ? create.error.status : null;
  return (
    <form onSubmit={submit} noValidate>
      <Field label="Reason" hint={`Whoever works the ${toLabel} queue sees this. Required.`} error={reasonError}>
        {(props) => (
          <Textarea
            {...props}
            autoFocus
            required
            rows={3}
            maxLength={REASON_MAX}
            placeholder={`Why should ${toLabel} pick up ${target.account.name}?`}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (reasonError) setReasonError(null);
            }}
          />
        )}
      </Field>
      <div aria-live="polite">
        {create.isError ? (
          <ErrorAlert
            className="mt-3"
            title={
              status === 422
                ? `${getSectionLabel(target.from)} cannot route to ${toLabel}`
                : status === 409
                  ? `${target.account.name} is already routed to ${toLabel}`
                  : 'Could not route the account'
            }
            error={create.error}
          />
        ) : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={create.isPending}>
          Route to {toLabel}
        </Button>
      </div>
    </form>
  );
}

/** Asks why an account moves, then routes it; `target` null keeps the dialog closed. */
export function RouteDialog({
  target,
  onClose,
  onRouted,
}: {
  target: RouteTarget | null;
  onClose: () => void;
  onRouted: (route: Route) => void;
}) {
  // The dialog only renders its content while open, so nothing flashes empty on close.
  const current = target;
  return (
    <Dialog
      isOpen={target !== null}
      onClose={onClose}
      icon={
        <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
          <RouteIcon className="size-4" aria-hidden="true" />
        </span>
      }
      title={current ? `Route ${current.account.name} to ${getSectionLabel(current.to)}` : 'Route account'}
      description={
        current
          ? `From ${getSectionLabel(current.from)}. It joins the open routes of ${getSectionLabel(current.to)} until someone marks it done or dismisses it.`
          : undefined
      }
    >
      {current ? (
        <RouteForm
          key={`${current.account.domain}:${current.from}:${current.to}`}
          target={current}
          onCancel={onClose}
          onRouted={(route) => {
            onRouted(route);
            onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}
