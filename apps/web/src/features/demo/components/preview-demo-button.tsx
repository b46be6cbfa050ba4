import { FlaskConical } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { getErrorMessage } from '@/lib/api-client';
import { useSetDemoMode } from '../api/set-demo-mode';

/** "Preview with demo data" on a section's setup panel; the panel shows it to admins only. */
export function PreviewDemoButton() {
  const setDemoMode = useSetDemoMode();
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        isLoading={setDemoMode.isPending}
        icon={<FlaskConical className="size-4" aria-hidden="true" />}
        onClick={() => setDemoMode.mutate(true)}
      >
        {setDemoMode.isPending ? 'Loading Pied Piper sample data…' : 'Preview with demo data'}
      </Button>
      <span className="text-xs text-slate-500">Read-only sample data; your real data is untouched.</span>
      {setDemoMode.isError ? (
        <span role="alert" className="basis-full text-xs text-rose-700">
          {getErrorMessage(setDemoMode.error)}
        </span>
      ) : null}
    </div>
  );
}
