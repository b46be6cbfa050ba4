import { allowedTargets } from '@success/shared/routing';
import type { Section } from '@success/shared/sections';
import { ChevronDown, Route as RouteIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { getSectionLabel } from '@/config/sections';
import { cn } from '@/lib/cn';
import { SectionIcon } from '@/components/routing/section-icon';

const GAP = 4;

/**
 * Places the menu under its button, right edges aligned, in viewport coordinates. Before it shows
 * its height is unknown; once shown it flips above the button when there is no room below.
 */
function placeMenu(menu: HTMLElement, anchor: HTMLElement, isShown: boolean) {
  const rect = anchor.getBoundingClientRect();
  const below = rect.bottom + GAP;
  const height = isShown ? menu.offsetHeight : 0;
  const top =
    isShown && below + height > window.innerHeight - GAP && rect.top - GAP - height > GAP
      ? rect.top - GAP - height
      : below;
  menu.style.top = `${Math.round(top)}px`;
  menu.style.right = `${Math.round(Math.max(GAP, document.documentElement.clientWidth - rect.right))}px`;
}

/**
 * A "Route to" menu for a row: the moves the model allows from `from`. Built on the Popover API, so
 * it sits in the top layer (never clipped by a scrolling table) and closes on Escape or outside clicks.
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
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const targets = allowedTargets(from);

  // A fixed menu would drift from its row when the page or the table scrolls: close it instead.
  useEffect(() => {
    if (!isOpen) return;
    const close = (event: Event) => {
      if (menuRef.current && event.target instanceof Node && menuRef.current.contains(event.target)) return;
      menuRef.current?.hidePopover();
    };
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [isOpen]);

  function items(): HTMLButtonElement[] {
    return [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const index = list.findIndex((item) => item === document.activeElement);
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowDown') next = list[(index + 1) % list.length];
    else if (event.key === 'ArrowUp') next = list[(index - 1 + list.length) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    else if (event.key === 'Tab') menuRef.current?.hidePopover();
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    // The row navigates on click; nothing in the menu should.
    <span className="inline-flex" onClick={(event) => event.stopPropagation()}>
      <button
        ref={buttonRef}
        type="button"
        popoverTarget={menuId}
        disabled={disabled}
        title={disabled ? disabledHint : undefined}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-label={`Route ${accountName} to…`}
        className={buttonClasses({ variant: 'ghost', size: 'sm', className: 'text-slate-500' })}
      >
        <RouteIcon className="size-3.5" aria-hidden="true" />
        Route to
        <ChevronDown className={cn('size-3.5 transition-transform', isOpen && 'rotate-180')} aria-hidden="true" />
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={`Route ${accountName} to`}
        onKeyDown={onMenuKeyDown}
        onBeforeToggle={(event) => {
          if (event.newState === 'open' && menuRef.current && buttonRef.current)
            placeMenu(menuRef.current, buttonRef.current, false);
        }}
        onToggle={(event) => {
          const open = event.newState === 'open';
          setIsOpen(open);
          if (open && menuRef.current && buttonRef.current) {
            placeMenu(menuRef.current, buttonRef.current, true);
            items()[0]?.focus();
          }
        }}
        className="fixed inset-auto m-0 min-w-48 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
      >
        <p
          className="px-2.5 pt-1.5 pb-1 text-[11px] font-medium tracking-wide text-slate-400 uppercase"
          aria-hidden="true"
        >
          From {getSectionLabel(from)} to
        </p>
        {targets.map((to) => (
          <button
            key={to}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-slate-700 outline-none hover:bg-indigo-50 hover:text-indigo-800 focus-visible:bg-indigo-50 focus-visible:text-indigo-800"
            onClick={() => {
              menuRef.current?.hidePopover();
              // The dialog that opens next gives focus back to what had it: the menu button.
              buttonRef.current?.focus();
              onSelect(to);
            }}
          >
            <SectionIcon section={to} className="size-4 text-slate-400" />
            {getSectionLabel(to)}
          </button>
        ))}
      </div>
    </span>
  );
}
