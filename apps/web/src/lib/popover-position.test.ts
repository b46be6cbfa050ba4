import { describe, expect, it } from 'vitest';
import { placePopover } from './popover-position';

const viewport = { width: 1024, height: 768 };
const panel = { width: 200, height: 180 };

describe('placePopover', () => {
  it('opens below the anchor, aligned with its left edge', () => {
    expect(placePopover({ top: 100, bottom: 132, left: 40, right: 140 }, panel, viewport)).toEqual({
      top: 136,
      left: 40,
    });
  });

  it('shifts left so the panel ends inside the right edge', () => {
    // 1024 − 200 − 4 = 820
    expect(placePopover({ top: 100, bottom: 132, left: 950, right: 1010 }, panel, viewport)).toEqual({
      top: 136,
      left: 820,
    });
  });

  it('opens above the anchor when there is no room below', () => {
    // 700 − 4 − 180 = 516
    expect(placePopover({ top: 700, bottom: 732, left: 40, right: 140 }, panel, viewport)).toEqual({
      top: 516,
      left: 40,
    });
  });

  it('keeps the gap on a viewport narrower than the panel', () => {
    expect(placePopover({ top: 10, bottom: 42, left: 100, right: 160 }, panel, { width: 180, height: 768 }).left).toBe(
      4,
    );
  });
});
