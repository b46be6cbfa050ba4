import { Check, Copy, KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate, formatRelativeTime } from '@/lib/format';
import type { ApiToken } from '@success/shared/api-tokens';
import { useCreateApiToken } from '../api/create-api-token';
import { useApiTokens } from '../api/list-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

function NewTokenNotice({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }
  return (
    <Alert tone="success" title={`Token “${name}” created`}>
      <p className="font-medium">Copy it now — it won&apos;t be shown again.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="new-api-token"
          className="max-w-full overflow-x-auto rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs text-slate-900 select-all"
        >
          {token}
        </code>
        <Button
          size="sm"
          variant="secondary"
          icon={
            copyState === 'copied' ? (
              <Check className="size-3.5" aria-hidden="true" />
            ) : (
              <Copy className="size-3.5" aria-hidden="true" />
            )
          }
          onClick={() => void handleCopy()}
        >
          {copyState === 'copied' ? 'Copied' : 'Copy token'}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Done
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs">
        {copyState === 'failed' ? 'Copying was blocked by the browser; select the token and copy it by hand.' : null}
      </p>
    </Alert>
  );
}

export function ApiTokensPanel({ isEditable }: { isEditable: boolean }) {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [pendingRevoke, setPendingRevoke] = useState<ApiToken | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Name the token, for example “CI export”.');
      return;
    }
    setNameError(null);
    create.mutate({ name: trimmed }, { onSuccess: () => setName('') });
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {create.data ? (
          <NewTokenNotice name={create.data.name} token={create.data.token} onDismiss={() => create.reset()} />
        ) : null}
      </div>
      {isEditable ? (
        <form onSubmit={handleSubmit} className="flex flex-wrap items-end gap-3">
          <Field label="Token name" error={nameError} className="w-full max-w-xs">
            {(props) => (
              <Input
                {...props}
                value={name}
                maxLength={100}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. CI export"
              />
            )}
          </Field>
          <Button
            type="submit"
            variant="secondary"
            icon={<KeyRound className="size-4" aria-hidden="true" />}
            isLoading={create.isPending}
          >
            Create token
          </Button>
        </form>
      ) : null}
      {create.isError ? <ErrorAlert title="Could not create the token" error={create.error} /> : null}
      {tokens.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : tokens.isError ? (
        <ErrorAlert title="Could not load API tokens" error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <p className="text-sm text-slate-500">No API tokens yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="API tokens">
          {tokens.data.items.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5">
              <KeyRound className="size-4 text-slate-400" aria-hidden="true" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-slate-900">{token.name}</p>
                <p className="text-xs text-slate-500">
                  <code className="font-mono">{token.prefix}…</code> · created {formatDate(token.createdAt)} ·{' '}
                  {token.lastUsedAt ? `last used ${formatRelativeTime(token.lastUsedAt)}` : 'never used'}
                </p>
              </div>
              <Button
                size="sm"
                variant="ghost"
                className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
                disabled={!isEditable}
                aria-label={`Revoke token ${token.name}`}
                onClick={() => setPendingRevoke(token)}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      {revoke.isError ? <ErrorAlert title="Could not revoke the token" error={revoke.error} /> : null}
      <ConfirmDialog
        isOpen={pendingRevoke !== null}
        title={`Revoke “${pendingRevoke?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        isPending={revoke.isPending}
        onCancel={() => setPendingRevoke(null)}
        onConfirm={() => {
          if (!pendingRevoke) return;
          revoke.mutate(pendingRevoke.id, { onSettled: () => setPendingRevoke(null) });
        }}
      >
        Scripts and integrations using this token stop working immediately. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
