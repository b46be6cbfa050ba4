import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { useFeatureFlags } from '../api/get-feature-flags';
import { useSetFeatureFlag } from '../api/set-feature-flag';

export function SuccessFlagSwitch({ isEditable }: { isEditable: boolean }) {
  const flags = useFeatureFlags();
  const setFlag = useSetFeatureFlag();
  if (flags.isPending) return <Skeleton className="h-10 w-full" />;
  if (flags.isError)
    return <ErrorAlert title="Could not load feature flags" error={flags.error} onRetry={() => void flags.refetch()} />;
  const isEnabled = flags.data.flags.success === true;
  return (
    <div className="space-y-3">
      <Switch
        label="Success workspace"
        description="Health, Convert, Contracts, Pipeline, Re-engage and Close the Loop for everyone in this workspace. When off, members land on a request-access page."
        checked={isEnabled}
        disabled={!isEditable}
        isPending={setFlag.isPending}
        onCheckedChange={(checked) => setFlag.mutate({ key: 'success', isEnabled: checked })}
      />
      <div aria-live="polite">
        {setFlag.isError ? <ErrorAlert title="Could not change the flag" error={setFlag.error} /> : null}
      </div>
    </div>
  );
}
