import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { useFeatureFlags } from '../api/get-feature-flags';
import { useSetFeatureFlag } from '../api/set-feature-flag';

const sectionsList = 'Health, Convert, Contracts, Pipeline, Re-engage and Close the Loop';

/** The workspace's Success flag: admins only (`isEditable`), and only after confirming, since it changes every member's app. */
export function SuccessFlagSwitch({ isEditable }: { isEditable: boolean }) {
  const flags = useFeatureFlags();
  const setFlag = useSetFeatureFlag();
  const [target, setTarget] = useState<boolean | null>(null);
  if (flags.isPending) return <Skeleton className="h-10 w-full" />;
  if (flags.isError)
    return <ErrorAlert title="Could not load feature flags" error={flags.error} onRetry={() => void flags.refetch()} />;
  const isEnabled = flags.data.flags.success === true;
  const close = () => {
    setFlag.reset();
    setTarget(null);
  };
  return (
    <div className="space-y-3">
      <Switch
        label="Success workspace"
        description={`${sectionsList} for everyone in this workspace. When off, members land on a request-access page.`}
        checked={isEnabled}
        disabled={!isEditable}
        isPending={setFlag.isPending}
        onCheckedChange={setTarget}
      />
      <ConfirmDialog
        isOpen={target !== null}
        title={target === false ? 'Turn off Success for everyone?' : 'Turn on Success for everyone?'}
        confirmLabel={target === false ? 'Turn off Success' : 'Turn on Success'}
        tone={target === false ? 'danger' : 'primary'}
        isPending={setFlag.isPending}
        onConfirm={() => {
          if (target !== null)
            setFlag.mutate({ key: 'success', isEnabled: target }, { onSuccess: () => setTarget(null) });
        }}
        onCancel={close}
      >
        <p>
          {target === false
            ? `Every member loses ${sectionsList} and lands on a request-access page until an admin turns Success on again. No data is deleted.`
            : `${sectionsList} appear for every member of this workspace.`}
        </p>
        {setFlag.isError ? (
          <ErrorAlert className="mt-3" title="Could not change the flag" error={setFlag.error} />
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
