import { describe, expect, it } from 'vitest';
import { isColumnShown, nameWidth, tableLayoutFor } from './table-layout';

describe('the Health table layout', () => {
  it('shows every column only where they fit, dropping the lowest priorities first', () => {
    expect(tableLayoutFor(1216)).toBe('wide');
    // A 1,440 px screen: about 1,130 px for the table.
    expect(tableLayoutFor(1130)).toBe('medium');
    expect(isColumnShown('medium', 'ownerName')).toBe(false);
    expect(isColumnShown('medium', 'factors')).toBe(true);
    // A 1,024 px screen: about 720 px.
    expect(tableLayoutFor(720)).toBe('narrow');
    expect(isColumnShown('narrow', 'factors')).toBe(false);
    expect(isColumnShown('narrow', 'arr')).toBe(true);
    expect(isColumnShown('narrow', 'renewalDate')).toBe(true);
  });

  it('leaves the name at least 200 px at 1,440 and 1,024 px screens, and at the widest layout', () => {
    expect(nameWidth(tableLayoutFor(1216), 1216, true)).toBeGreaterThanOrEqual(200);
    expect(nameWidth(tableLayoutFor(1130), 1130, true)).toBeGreaterThanOrEqual(280);
    expect(nameWidth(tableLayoutFor(720), 720, true)).toBeGreaterThanOrEqual(220);
    // Just above and below each threshold.
    for (const width of [1200, 1199, 1000, 999]) {
      expect(nameWidth(tableLayoutFor(width), width, true), `${width}px`).toBeGreaterThanOrEqual(180);
    }
  });
});
