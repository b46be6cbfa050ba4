import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { Switch } from '@/components/ui/switch';
import { formatCount } from '@/lib/format';
import { isAdmin } from '@/lib/roles';
import { useCurrentUser } from '@/lib/auth';
import { useDemoStatus } from '../api/get-demo-status';
import { setDemoModeMutationKey } from '../api/set-demo-mode';
import { DemoModeConfirmDialog } from './demo-mode-confirm-dialog';

/**
 * "Preview with demo data" switch with its loading and error states. It changes what everyone in the
 * workspace sees, so only admins flip it, after confirming.
 */
export function DemoModeSwitch() {
  const me = useCurrentUser();
  const status = useDemoStatus();
  const [target, setTarget] = useState<boolean | null>(null);
  // This switch's dialog, the banner or the other settings page may be running the change.
  const isRunning = useIsMutating({ mutationKey: setDemoModeMutationKey }) > 0;
  const isEditable = isAdmin(me.user.role);

  if (status.isPending) return <Skeleton className="h-10 w-full" />;
  if (status.isError)
    return (
      <ErrorAlert title="Could not load the demo status" error={status.error} onRetry={() => void status.refetch()} />
    );

  const isEnabled = status.data.isEnabled;

  return (
    <div className="space-y-3">
      <Switch
        label="Preview with demo data"
        description="Loads the Pied Piper sample dataset for everyone in the workspace, so you can explore every section before connecting integrations. Nothing is written to your real data."
        checked={isEnabled}
        isPending={isRunning}
        disabled={!isEditable}
        onCheckedChange={setTarget}
      />
      <div aria-live="polite" className="text-xs text-slate-600">
        {isRunning ? (
          <span className="inline-flex items-center gap-2 font-medium text-indigo-700">
            <Spinner className="size-3.5" />
            {isEnabled ? 'Turning off demo data…' : 'Loading Pied Piper sample data…'}
          </span>
        ) : isEnabled ? (
          <span>Demo data is on: {formatCount(status.data.accounts, 'sample account')} loaded.</span>
        ) : (
          <span>Demo data is off.</span>
        )}
      </div>
      {!isEditable ? (
        <p className="text-xs text-slate-500">
          Demo mode changes what everyone in the workspace sees, so only admins can turn it on or off.
        </p>
      ) : null}
      <DemoModeConfirmDialog target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
