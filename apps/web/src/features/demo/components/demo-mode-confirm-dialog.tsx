import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useSetDemoMode } from '../api/set-demo-mode';

/**
 * Demo mode is one switch for the whole workspace, so flipping it changes what every member sees
 * (and turning it off deletes the sample with every change made in it). The dialog says so before
 * anything happens. `target` is the state asked for; null keeps the dialog closed.
 */
export function DemoModeConfirmDialog({ target, onClose }: { target: boolean | null; onClose: () => void }) {
  const setDemoMode = useSetDemoMode();
  const confirm = () => {
    if (target === null) return;
    setDemoMode.mutate(target, { onSuccess: onClose });
  };
  const cancel = () => {
    setDemoMode.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      isOpen={target !== null}
      title={target === false ? 'Turn off demo data for everyone?' : 'Turn on demo data for everyone?'}
      confirmLabel={target === false ? 'Turn off and delete demo data' : 'Turn on demo data'}
      tone={target === false ? 'danger' : 'primary'}
      isPending={setDemoMode.isPending}
      onConfirm={confirm}
      onCancel={cancel}
    >
      {target === false ? (
        <>
          <p>
            Everyone in this workspace goes back to your real data. The Pied Piper sample is deleted with every change
            made in it: routes, Ignore-from-ARR, untracked accounts and imported signals and calls.
          </p>
          <p className="mt-2">Turning demo data on again starts from a fresh sample.</p>
        </>
      ) : (
        <p>
          Everyone in this workspace will see the Pied Piper sample data instead of your real data until an admin turns
          it off. Your real data is not changed, and changes made during the demo stay in the sample.
        </p>
      )}
      {setDemoMode.isError ? (
        <ErrorAlert className="mt-3" title="Could not change demo mode" error={setDemoMode.error} />
      ) : null}
    </ConfirmDialog>
  );
}
