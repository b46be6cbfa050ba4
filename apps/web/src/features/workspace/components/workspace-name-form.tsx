import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCurrentUser } from '@/lib/auth';
import { useUpdateWorkspace } from '../api/update-workspace';

export function WorkspaceNameForm({ isEditable }: { isEditable: boolean }) {
  const me = useCurrentUser();
  const [name, setName] = useState(me.workspace.name);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateWorkspace();
  const isDirty = name.trim() !== me.workspace.name;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Name the workspace.');
      return;
    }
    if (trimmed.length > 100) {
      setError('Use at most 100 characters.');
      return;
    }
    setError(null);
    update.mutate({ name: trimmed });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Workspace name" error={error} className="w-full max-w-sm">
          {(props) => (
            <Input
              {...props}
              name="workspaceName"
              value={name}
              disabled={!isEditable}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={!isEditable || !isDirty} isLoading={update.isPending}>
          Save
        </Button>
      </div>
      <div aria-live="polite" className="text-xs">
        {update.isSuccess && !isDirty ? <span className="text-emerald-700">Saved.</span> : null}
        {update.isError ? <ErrorAlert title="Could not rename the workspace" error={update.error} /> : null}
      </div>
    </form>
  );
}
