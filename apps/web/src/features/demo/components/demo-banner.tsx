import { FlaskConical } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { getErrorMessage } from '@/lib/api-client';
import { canEdit } from '@/lib/roles';
import { useCurrentUser } from '@/features/auth/api/get-me';
import { useSetDemoMode } from '../api/set-demo-mode';

/** Shown above every signed-in page while the workspace previews the Pied Piper sample data. */
export function DemoBanner() {
  const me = useCurrentUser();
  const setDemoMode = useSetDemoMode();
  if (!me.workspace.isDemoModeEnabled) return null;
  return (
    <div role="region" aria-label="Demo mode" className="border-b border-amber-200 bg-amber-50 text-amber-950">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
        <FlaskConical className="size-4 shrink-0 text-amber-600" aria-hidden="true" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Demo mode</span> — you are previewing Pied Piper sample data. Your
          workspace&apos;s real data is untouched.
        </p>
        <div className="flex items-center gap-3" aria-live="polite">
          {setDemoMode.isError ? (
            <span className="text-xs text-rose-700">{getErrorMessage(setDemoMode.error)}</span>
          ) : null}
          {canEdit(me.user.role) ? (
            <Button
              size="sm"
              variant="secondary"
              className="ring-amber-300 hover:bg-amber-100"
              isLoading={setDemoMode.isPending}
              onClick={() => setDemoMode.mutate(false)}
            >
              Turn off
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
