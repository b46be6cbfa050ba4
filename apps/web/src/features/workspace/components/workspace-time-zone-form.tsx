import { useMemo, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { useCurrentUser } from '@/lib/auth';
import { useUpdateWorkspace } from '../api/update-workspace';
import { listTimeZones } from '../time-zones';

/** The zone "today" is read in for every day count (days to renewal on every page). Admins only. */
export function WorkspaceTimeZoneForm({ isEditable }: { isEditable: boolean }) {
  const me = useCurrentUser();
  const [timeZone, setTimeZone] = useState(me.workspace.timeZone);
  const update = useUpdateWorkspace();
  const zones = useMemo(() => listTimeZones(me.workspace.timeZone), [me.workspace.timeZone]);
  const isDirty = timeZone !== me.workspace.timeZone;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ timeZone });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3" data-testid="workspace-time-zone-form">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="Time zone"
          hint="Day counts (days to renewal) are calendar days in this zone on every page."
          className="w-full max-w-sm"
        >
          {(props) => (
            <Select
              {...props}
              name="timeZone"
              value={timeZone}
              disabled={!isEditable}
              onChange={(e) => setTimeZone(e.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={!isEditable || !isDirty} isLoading={update.isPending}>
          Save time zone
        </Button>
      </div>
      <div aria-live="polite" className="text-xs">
        {update.isSuccess && !isDirty ? <span className="text-emerald-700">Saved; scores are redone.</span> : null}
        {update.isError ? <ErrorAlert title="Could not change the time zone" error={update.error} /> : null}
      </div>
    </form>
  );
}
