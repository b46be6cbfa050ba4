import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Section } from '@success/shared/sections';
import { ChevronDown, Route as RouteIcon } from 'lucide-react';
import { useRef } from 'react';
import { SectionIcon } from '@/components/routing/section-icon';
import { buttonClasses } from '@/components/ui/button';
import { getSectionLabel } from '@/config/sections';
import { allowedTargets } from '@success/shared/routing';

/**
 * A "Route to" menu for a row: the moves the model allows from `from`. Radix renders it in a portal
 * (never clipped by a scrolling table) that flips and shifts to stay on screen.
 */
export function RouteMenu({
  accountName,
  from,
  disabled = false,
  disabledHint,
  onSelect,
}: {
  accountName: string;
  from: Section;
  disabled?: boolean;
  disabledHint?: string;
  onSelect: (to: Section) => void;
}) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const targets = allowedTargets(from);

  return (
    // The row navigates on click; nothing in the menu should (React events bubble out of portals).
    <span className="inline-flex" onClick={(event) => event.stopPropagation()}>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          ref={buttonRef}
          disabled={disabled}
          title={disabled ? disabledHint : undefined}
          aria-label={`Route ${accountName} to…`}
          className={buttonClasses({ variant: 'ghost', size: 'sm', className: 'group text-slate-600' })}
        >
          <RouteIcon className="size-3.5" aria-hidden="true" />
          Route to
          <ChevronDown
            className="size-3.5 transition-transform group-data-[state=open]:rotate-180"
            aria-hidden="true"
          />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            collisionPadding={8}
            aria-label={`Route ${accountName} to`}
            className="z-50 min-w-48 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
          >
            <DropdownMenu.Label
              className="px-2.5 pt-1.5 pb-1 text-[11px] font-medium tracking-wide text-slate-500 uppercase"
              aria-hidden="true"
            >
              From {getSectionLabel(from)} to
            </DropdownMenu.Label>
            {targets.map((to) => (
              <DropdownMenu.Item
                key={to}
                className="flex w-full cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-slate-700 outline-none data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-800"
                onSelect={() => {
                  // The dialog that opens next gives focus back to what had it: the menu button.
                  buttonRef.current?.focus();
                  onSelect(to);
                }}
              >
                <SectionIcon section={to} className="size-4 text-slate-400" />
                {getSectionLabel(to)}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </span>
  );
}
