import { FlaskConical } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { getErrorMessage } from '@/lib/api-client';
import { useSetDemoMode } from '../api/set-demo-mode';

/** "Turn on demo data" for empty states; loading the sample set can take a few seconds. */
export function EnableDemoButton() {
  const setDemoMode = useSetDemoMode();
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
