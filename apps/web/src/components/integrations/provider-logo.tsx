import {
  BrickWall,
  Building2,
  ChartNoAxesColumnIncreasing,
  Cloud,
  Plug,
  Rss,
  SquareKanban,
  Tag,
  type LucideIcon,
} from 'lucide-react';
import { cn } from '@/lib/cn';

type Mark = { className: string } & ({ icon: LucideIcon } | { letter: string });

/** Brand-coloured tiles that read as each provider's mark without shipping third-party logos. */
const marks: Record<string, Mark> = {
  stripe: { className: 'bg-[#635bff] text-white', letter: 'S' },
  salesbricks: { className: 'bg-orange-500 text-white', icon: BrickWall },
  posthog: { className: 'bg-[#1d1f27] text-[#f9bd2b]', icon: ChartNoAxesColumnIncreasing },
  hubspot: { className: 'bg-[#ff7a59] text-white', icon: Building2 },
  attio: { className: 'bg-slate-900 text-white', icon: SquareKanban },
  salesforce: { className: 'bg-[#00a1e0] text-white', icon: Cloud },
  github: { className: 'bg-[#24292f] text-white', icon: Tag },
  rss: { className: 'bg-[#f26522] text-white', icon: Rss },
};

const fallback: Mark = { className: 'bg-slate-100 text-slate-500', icon: Plug };

export function ProviderLogo({
  provider,
  size = 'md',
  className,
}: {
  provider: string;
  size?: 'sm' | 'md';
  className?: string;
}) {
  // Own keys only: a provider named like an Object member ("constructor") gets the fallback.
  const mark = Object.hasOwn(marks, provider) ? (marks[provider] ?? fallback) : fallback;
  const sizeClass = size === 'sm' ? 'size-6 rounded-md text-xs' : 'size-10 rounded-lg text-lg';
  return (
    <span
      aria-hidden="true"
      data-testid={`provider-logo-${provider}`}
      className={cn(
        'inline-flex shrink-0 items-center justify-center font-bold shadow-xs select-none',
        sizeClass,
        mark.className,
        className,
      )}
    >
      {'letter' in mark ? (
        mark.letter
      ) : (
        <mark.icon className={size === 'sm' ? 'size-3.5' : 'size-5'} strokeWidth={2.25} />
      )}
    </span>
  );
}
