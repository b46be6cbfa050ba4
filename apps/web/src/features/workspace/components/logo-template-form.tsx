import { logoUrlTemplateSchema } from '@success/shared/workspace';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCurrentUser } from '@/lib/auth';
import { useUpdateWorkspace } from '../api/update-workspace';

/**
 * Customer logos, off by default: pages show letter avatars and send no customer domain to a third
 * party. An admin may name a logo service they choose, as an https URL with {domain}.
 */
export function LogoTemplateForm({ isEditable }: { isEditable: boolean }) {
  const me = useCurrentUser();
  const saved = me.workspace.logoUrlTemplate ?? '';
  const [template, setTemplate] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateWorkspace();
  const isDirty = template.trim() !== saved;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = template.trim();
    if (!trimmed) {
      setError(null);
      update.mutate({ logoUrlTemplate: null });
      return;
    }
    const parsed = logoUrlTemplateSchema.safeParse(trimmed);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Use an https URL with {domain}.');
      return;
    }
    setError(null);
    update.mutate({ logoUrlTemplate: parsed.data });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3" data-testid="logo-template-form">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="Logo URL template"
          hint="Empty: letter avatars, no request leaves this install. Example: https://logos.example.com/{domain}.png"
          error={error}
          className="w-full max-w-lg"
        >
          {(props) => (
            <Input
              {...props}
              name="logoUrlTemplate"
              type="url"
              inputMode="url"
              placeholder="https://…/{domain}"
              value={template}
              disabled={!isEditable}
              onChange={(e) => setTemplate(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={!isEditable || !isDirty} isLoading={update.isPending}>
          Save logo source
        </Button>
      </div>
      <div aria-live="polite" className="text-xs">
        {update.isSuccess && !isDirty ? <span className="text-emerald-700">Saved.</span> : null}
        {update.isError ? <ErrorAlert title="Could not save the logo source" error={update.error} /> : null}
      </div>
    </form>
  );
}
