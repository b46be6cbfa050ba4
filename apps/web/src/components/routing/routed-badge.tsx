import type { Section } from '@success/shared/sections';
import { Badge } from '@/components/ui/badge';
import { getSectionLabel } from '@/config/sections';
import { SectionIcon } from './section-icon';

/** "Routed from Contracts": marks an account another section sent to this one. */
export function RoutedBadge({ from }: { from: Section }) {
  return (
    <Badge tone="violet">
      <SectionIcon section={from} className="size-3" />
      Routed from {getSectionLabel(from)}
    </Badge>
  );
}
