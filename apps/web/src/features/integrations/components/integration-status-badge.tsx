import {
  CircleCheck,
  CircleDashed,
  CirclePause,
  CircleX,
  Clock,
  KeyRound,
  RefreshCw,
  Sparkles,
  type LucideIcon,
} from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import type { DisplayStatus } from '../sync-run';

const statuses: Record<DisplayStatus, { label: string; tone: BadgeTone; icon: LucideIcon }> = {
  syncing: { label: 'Syncing', tone: 'sky', icon: RefreshCw },
  stalled: { label: 'Sync stalled', tone: 'amber', icon: CirclePause },
  healthy: { label: 'Healthy', tone: 'green', icon: CircleCheck },
  inactive: { label: 'Waiting for first sync', tone: 'neutral', icon: Clock },
  disabled: { label: 'Paused', tone: 'neutral', icon: CirclePause },
  reauth_needed: { label: 'Needs re-auth', tone: 'amber', icon: KeyRound },
  errored: { label: 'Error', tone: 'red', icon: CircleX },
  not_connected: { label: 'Not connected', tone: 'neutral', icon: CircleDashed },
  coming_soon: { label: 'Coming soon', tone: 'violet', icon: Sparkles },
};

export function getStatusLabel(status: DisplayStatus): string {
  return statuses[status].label;
}

export function IntegrationStatusBadge({ status }: { status: DisplayStatus }) {
  const { label, tone, icon: Icon } = statuses[status];
  return (
    <Badge tone={tone} className="gap-1.5 px-2" data-status={status}>
      <Icon
        className={cn('size-3.5', status === 'syncing' && 'animate-spin [animation-duration:1.6s]')}
        aria-hidden="true"
      />
      {label}
    </Badge>
  );
}
