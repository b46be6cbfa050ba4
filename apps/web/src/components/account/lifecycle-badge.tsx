import type { AccountSummary } from '@success/shared/accounts';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { capitalize } from '@/lib/format';

const tones: Record<AccountSummary['lifecycleStage'], BadgeTone> = {
  prospect: 'sky',
  trial: 'violet',
  customer: 'green',
  churned: 'neutral',
};

export function LifecycleBadge({ stage }: { stage: AccountSummary['lifecycleStage'] }) {
  return <Badge tone={tones[stage]}>{capitalize(stage)}</Badge>;
}

export function TrackingBadge({ isTracked }: { isTracked: boolean }) {
  return isTracked ? (
    <Badge tone="indigo" data-testid="tracking-badge">
      Tracked
    </Badge>
  ) : (
    <Badge tone="amber" data-testid="tracking-badge">
      Untracked
    </Badge>
  );
}
