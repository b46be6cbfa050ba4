/** Where an anchored popover goes so that it stays inside the viewport. Pure. */

export type Box = { top: number; left: number; bottom: number; right: number };
export type Size = { width: number; height: number };

/**
 * Below the anchor, left-aligned with it, by default. Near the right edge it shifts left; with no
 * room below it opens above the anchor; it never starts before the `gap` margin.
 */
export function placePopover(anchor: Box, panel: Size, viewport: Size, gap = 4): { top: number; left: number } {
  const maxLeft = viewport.width - panel.width - gap;
  const left = Math.max(gap, Math.min(anchor.left, maxLeft));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - panel.height;
  const fitsBelow = below + panel.height <= viewport.height - gap;
  const top = fitsBelow || above < gap ? below : above;
  return { top: Math.round(top), left: Math.round(left) };
}
