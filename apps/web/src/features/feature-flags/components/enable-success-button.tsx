import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useSetFeatureFlag } from '../api/set-feature-flag';

export function EnableSuccessButton() {
  const setFlag = useSetFeatureFlag();
  return (
    <div className="space-y-3">
      <Button isLoading={setFlag.isPending} onClick={() => setFlag.mutate({ key: 'success', isEnabled: true })}>
        Enable Success for this workspace
      </Button>
      <div aria-live="polite">
        {setFlag.isError ? <ErrorAlert title="Could not enable Success" error={setFlag.error} /> : null}
      </div>
    </div>
  );
}
