import { useIsMutating } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { Switch } from '@/components/ui/switch';
import { formatCount } from '@/lib/format';
import { canEdit } from '@/lib/roles';
import { useCurrentUser } from '@/features/auth/api/get-me';
import { useDemoStatus } from '../api/get-demo-status';
import { setDemoModeMutationKey, useSetDemoMode } from '../api/set-demo-mode';

/** "Preview with demo data" switch with its loading and error states. */
export function DemoModeSwitch() {
  const me = useCurrentUser();
  const status = useDemoStatus();
  const setDemoMode = useSetDemoMode();
  // Another switch (the banner, the other settings page) may be running the same change.
  const isRunning = useIsMutating({ mutationKey: setDemoModeMutationKey }) > 0;
  const isEditable = canEdit(me.user.role);

  if (status.isPending) return <Skeleton className="h-10 w-full" />;
  if (status.isError)
    return (
      <ErrorAlert title="Could not load the demo status" error={status.error} onRetry={() => void status.refetch()} />
    );

  const isEnabled = status.data.isEnabled;
  const pendingTarget = setDemoMode.isPending ? setDemoMode.variables : null;

  return (
    <div className="space-y-3">
      <Switch
        label="Preview with demo data"
        description="Loads the Pied Piper sample dataset so you can explore every section before connecting integrations. Read-only; nothing is written to your real data."
        checked={isEnabled}
        isPending={isRunning}
        disabled={!isEditable}
        onCheckedChange={(checked) => setDemoMode.mutate(checked)}
      />
      <div aria-live="polite" className="text-xs text-slate-600">
        {isRunning ? (
          <span className="inline-flex items-center gap-2 font-medium text-indigo-700">
            <Spinner className="size-3.5" />
            {pendingTarget === false ? 'Turning off demo data…' : 'Loading Pied Piper sample data…'}
          </span>
        ) : isEnabled ? (
          <span>Demo data is on: {formatCount(status.data.accounts, 'sample account')} loaded.</span>
        ) : (
          <span>Demo data is off.</span>
        )}
      </div>
      {!isEditable ? (
        <p className="text-xs text-slate-500">Viewers cannot change demo mode. Ask a member or an admin.</p>
      ) : null}
      {setDemoMode.isError ? <ErrorAlert title="Could not change demo mode" error={setDemoMode.error} /> : null}
    </div>
  );
}
