import type { Integration } from '@success/shared/integrations';
import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { cn } from '@/lib/cn';
import { useRemoveIntegration } from '../api/remove-integration';

const choices = [
  {
    value: 'keep',
    title: 'Keep the synced data',
    description: (name: string) => `Accounts, contracts and history from ${name} stay in Success; they stop updating.`,
  },
  {
    value: 'purge',
    title: 'Purge the synced data',
    description: (name: string) => `Delete everything ${name} synced into this workspace. This cannot be undone.`,
  },
] as const;

/** Disconnect a provider, asking whether what it synced stays or goes. */
export function RemoveIntegrationDialog({
  integration,
  isOpen,
  onClose,
}: {
  integration: Integration;
  isOpen: boolean;
  onClose: () => void;
}) {
  const [choice, setChoice] = useState<'keep' | 'purge'>('keep');
  const remove = useRemoveIntegration();
  const name = integration.displayName;
  function finish() {
    remove.reset();
    setChoice('keep');
    onClose();
  }
  function close() {
    if (!remove.isPending) finish();
  }
  return (
    <Dialog
      isOpen={isOpen}
      onClose={close}
      title={`Remove ${name}?`}
      description="Success deletes the stored credentials and stops syncing."
    >
      <fieldset>
        <legend className="sr-only">What happens to the data {name} synced</legend>
        <div className="space-y-2">
          {choices.map((option) => (
            <label
              key={option.value}
              className={cn(
                'flex cursor-pointer gap-3 rounded-lg border px-3.5 py-3 transition-colors',
                choice === option.value
                  ? option.value === 'purge'
                    ? 'border-rose-300 bg-rose-50/60'
                    : 'border-indigo-300 bg-indigo-50/60'
                  : 'border-slate-200 hover:bg-slate-50',
              )}
            >
              <input
                type="radio"
                name="remove-choice"
                value={option.value}
                checked={choice === option.value}
                onChange={() => setChoice(option.value)}
                className="mt-0.5 size-4 accent-indigo-600"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">{option.title}</span>
                <span className="block text-xs text-slate-600">{option.description(name)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">
        {remove.isError ? (
          <ErrorAlert className="mt-3" title={`Could not remove ${name}`} error={remove.error} />
        ) : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={close} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button
          className="bg-rose-600 hover:bg-rose-500 disabled:bg-rose-300"
          isLoading={remove.isPending}
          onClick={() =>
            remove.mutate({ provider: integration.provider, purge: choice === 'purge' }, { onSuccess: finish })
          }
        >
          {choice === 'purge' ? `Remove and purge` : `Remove ${name}`}
        </Button>
      </div>
    </Dialog>
  );
}
