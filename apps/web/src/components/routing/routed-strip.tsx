import type { Route } from '@success/shared/routing';
import { X } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { getSectionLabel } from '@/config/sections';

/**
 * The confirmation after an account is routed: where it went and where to find it. It stays until
 * dismissed or replaced by the next route; the live region is always there so the news is read out.
 */
export function RoutedStrip({
  route,
  onDismiss,
  isOnAccount = false,
  className = 'mb-4',
}: {
  route: Route | null;
  onDismiss: () => void;
  /** On the account's own page the timeline is "this account's". */
  isOnAccount?: boolean;
  className?: string;
}) {
  return (
    <div aria-live="polite">
      {route ? (
        <Alert
          tone="success"
          className={className}
          title={`Routed ${route.account.name} to ${getSectionLabel(route.to)}`}
          action={
            <Button variant="ghost" size="sm" aria-label="Dismiss confirmation" onClick={onDismiss}>
              <X className="size-4" aria-hidden="true" />
            </Button>
          }
        >
          It is in the open routes of {getSectionLabel(route.to)} and in {isOnAccount ? 'this' : 'the'} account&apos;s
          timeline.
        </Alert>
      ) : null}
    </div>
  );
}
