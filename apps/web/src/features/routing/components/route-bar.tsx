import type { Route } from '@success/shared/routing';
import { allowedTargets } from '@success/shared/routing';
import type { Section } from '@success/shared/sections';
import { Route as RouteIcon } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { RoutedStrip } from '@/components/routing/routed-strip';
import { getSectionLabel } from '@/config/sections';
import { RouteDialog, type RouteTarget } from './route-dialog';
import { SectionIcon } from '@/components/routing/section-icon';

/**
 * The moves the model allows from the section the user came from, each asking for a reason.
 * A confirmation stays under the bar until dismissed or replaced by the next route.
 */
export function RouteBar({
  account,
  from,
  canEdit,
}: {
  account: { domain: string; name: string };
  from: Section;
  canEdit: boolean;
}) {
  const hintId = useId();
  const [target, setTarget] = useState<RouteTarget | null>(null);
  const [routed, setRouted] = useState<Route | null>(null);
  const targets = allowedTargets(from);
  return (
    <div className="mt-5 border-t border-slate-100 pt-4">
      <div role="group" aria-label="Route this account" className="flex flex-wrap items-center gap-2">
        <span className="mr-1 inline-flex items-center gap-1.5 text-xs font-medium text-slate-500">
          <RouteIcon className="size-3.5" aria-hidden="true" />
          Route from {getSectionLabel(from)} to
        </span>
        {targets.map((to) => (
          <Button
            key={to}
            variant="secondary"
            size="sm"
            icon={<SectionIcon section={to} className="text-slate-500" />}
            disabled={!canEdit}
            aria-label={`Route to ${getSectionLabel(to)}`}
            aria-describedby={canEdit ? undefined : hintId}
            onClick={() => setTarget({ account, from, to })}
          >
            {getSectionLabel(to)}
          </Button>
        ))}
        {!canEdit ? (
          <span id={hintId} className="text-xs text-slate-500">
            Viewers can see routes but not create them. Ask an admin or member to route this account.
          </span>
        ) : null}
      </div>
      <RoutedStrip route={routed} onDismiss={() => setRouted(null)} isOnAccount className="mt-3" />
      <RouteDialog target={target} onClose={() => setTarget(null)} onRouted={setRouted} />
    </div>
  );
}
