import type { LedgerSettingsInput } from '@success/shared/ledger';
import { SlidersHorizontal } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { useLedgerSettings, useSaveLedgerSettings } from '../api/ledger-settings';

const discountChoices: { value: LedgerSettingsInput['discounts']; label: string }[] = [
  { value: 'while_active', label: 'While they apply (a discount ending is an expansion)' },
  { value: 'forever_only', label: 'Only discounts without an end date' },
  { value: 'ignore', label: 'Ignore discounts (list prices)' },
];

function SettingsForm({
  settings,
  isAdmin,
  onDone,
}: {
  settings: LedgerSettingsInput;
  isAdmin: boolean;
  onDone: () => void;
}) {
  const save = useSaveLedgerSettings();
  const [discounts, setDiscounts] = useState(settings.discounts);
  const [churnDays, setChurnDays] = useState(settings.pastDueChurnAfterDays?.toString() ?? '');
  const days = churnDays.trim() === '' ? null : Number(churnDays);
  const daysError =
    days !== null && (!Number.isInteger(days) || days < 1 || days > 365) ? 'Use a whole number of days, 1–365.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (daysError) return;
    save.mutate({ discounts, pastDueChurnAfterDays: days }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!isAdmin || save.isPending} className="space-y-4">
        <Field label="Discounts reduce MRR">
          {(props) => (
            <select
              {...props}
              value={discounts}
              onChange={(event) => setDiscounts(event.target.value as LedgerSettingsInput['discounts'])}
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
              data-testid="ledger-discounts"
            >
              {discountChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Count a past-due subscription as churned after (days)"
          hint="Leave empty to keep counting past-due revenue (flagged) until it is canceled."
          error={daysError}
        >
          {(props) => (
            <Input
              {...props}
              inputMode="numeric"
              value={churnDays}
              onChange={(event) => setChurnDays(event.target.value)}
              placeholder="Off"
              data-testid="ledger-churn-days"
            />
          )}
        </Field>
      </fieldset>
      <div aria-live="polite">
        {save.isError ? <ErrorAlert className="mt-3" title="Could not save the rules" error={save.error} /> : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
          {isAdmin ? 'Cancel' : 'Close'}
        </Button>
        {isAdmin ? (
          <Button type="submit" isLoading={save.isPending}>
            Save and recalculate
          </Button>
        ) : null}
      </div>
      {isAdmin ? null : <p className="mt-3 text-xs text-slate-500">Only admins can change how revenue is counted.</p>}
    </form>
  );
}

/** "Counting rules": how discounts and long-overdue subscriptions enter MRR (METRICS.md settings). */
export function LedgerSettingsButton({ isAdmin }: { isAdmin: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  const query = useLedgerSettings();
  const close = () => setIsOpen(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        icon={<SlidersHorizontal className="size-3.5" aria-hidden="true" />}
        onClick={() => setIsOpen(true)}
        data-testid="ledger-settings-button"
      >
        Counting rules
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={close}
        title="Counting rules"
        description="How the ledger turns subscriptions and contracts into MRR. Saving recalculates every total."
      >
        {!isOpen ? null : query.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : query.isError ? (
          <ErrorAlert title="Could not load the rules" error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <SettingsForm settings={query.data} isAdmin={isAdmin} onDone={close} />
        )}
      </Dialog>
    </>
  );
}
