import { FlaskConical } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { getErrorMessage } from '@/lib/api-client';
import { isAdmin } from '@/lib/roles';
import { useCurrentUser } from '@/lib/auth';
import { useSetDemoMode } from '../api/set-demo-mode';

/**
 * "Turn on demo data" for empty states (nothing to hide yet, so no confirmation); loading the
 * sample set can take a few seconds. Only admins switch demo mode, so others see nothing.
 */
export function EnableDemoButton() {
  const me = useCurrentUser();
  const setDemoMode = useSetDemoMode();
  if (!isAdmin(me.user.role)) return null;
  return (
    <>
      <Button
        isLoading={setDemoMode.isPending}
        icon={<FlaskConical className="size-4" aria-hidden="true" />}
        onClick={() => setDemoMode.mutate(true)}
      >
        {setDemoMode.isPending ? 'Loading Pied Piper sample data…' : 'Turn on demo data'}
      </Button>
      {setDemoMode.isError ? (
        <span role="alert" className="basis-full text-xs text-rose-700">
          {getErrorMessage(setDemoMode.error)}
        </span>
      ) : null}
    </>
  );
}
