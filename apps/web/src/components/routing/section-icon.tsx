import type { Section } from '@success/shared/sections';
import { Route as RouteIcon } from 'lucide-react';
import { sectionNavItems } from '@/config/sections';
import { cn } from '@/lib/cn';

/** The navigation icon of a section, so a route target looks like the place it leads. */
export function SectionIcon({ section, className }: { section: Section; className?: string }) {
  const Icon = sectionNavItems.find((item) => item.key === section)?.icon ?? RouteIcon;
  return <Icon className={cn('size-3.5', className)} aria-hidden="true" />;
}
