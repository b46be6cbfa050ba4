import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { isAdmin } from '@/lib/roles';
import { useCurrentUser } from '@/lib/auth';
import { DemoModeConfirmDialog } from './demo-mode-confirm-dialog';

/**
 * Shown above every signed-in page while the workspace previews the Pied Piper sample data. Only
 * admins get the "Turn off" button: demo mode is one switch for the whole workspace.
 */
export function DemoBanner() {
  const me = useCurrentUser();
  const [target, setTarget] = useState<boolean | null>(null);
  if (!me.workspace.isDemoModeEnabled) return null;
  return (
    <div role="region" aria-label="Demo mode" className="border-b border-amber-200 bg-amber-50 text-amber-950">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
        <FlaskConical className="size-4 shrink-0 text-amber-600" aria-hidden="true" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Demo mode</span> — you are previewing Pied Piper sample data. Your
          workspace&apos;s real data is untouched.
          {isAdmin(me.user.role) ? null : <span className="text-amber-800"> An admin can turn it off.</span>}
        </p>
        {isAdmin(me.user.role) ? (
          <Button
            size="sm"
            variant="secondary"
            className="ring-amber-300 hover:bg-amber-100"
            onClick={() => setTarget(false)}
          >
            Turn off
          </Button>
        ) : null}
      </div>
      <DemoModeConfirmDialog target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
