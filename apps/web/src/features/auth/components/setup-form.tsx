import { setupInputSchema } from '@success/shared/auth';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { getFieldErrors } from '@/lib/validation';
import { useSetupWorkspace } from '../api/setup-workspace';

export function SetupForm({ onSuccess }: { onSuccess: () => void }) {
  const [workspaceName, setWorkspaceName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const setup = useSetupWorkspace();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = setupInputSchema.safeParse({ workspaceName, email, password });
    if (!parsed.success) {
      setFieldErrors(getFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setup.mutate(parsed.data, { onSuccess });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <Field
        label="Workspace name"
        error={fieldErrors.workspaceName}
        hint="Usually your company name. You can change it later."
      >
        {(props) => (
          <Input
            {...props}
            name="workspaceName"
            autoComplete="organization"
            value={workspaceName}
            onChange={(e) => setWorkspaceName(e.target.value)}
            autoFocus
          />
        )}
      </Field>
      <Field label="Admin email" error={fieldErrors.email}>
        {(props) => (
          <Input
            {...props}
            type="email"
            name="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Password"
        error={fieldErrors.password}
        hint="At least 10 characters, not a common or repeated pattern (a few words work well)."
      >
        {(props) => (
          <Input
            {...props}
            type="password"
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <div aria-live="polite">
        {setup.isError ? <ErrorAlert title="Could not create the workspace" error={setup.error} /> : null}
      </div>
      <Button type="submit" className="w-full" isLoading={setup.isPending}>
        Create workspace
      </Button>
    </form>
  );
}
