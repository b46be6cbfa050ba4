/**
 * Which Health queue columns fit the width the table has, so it never scrolls sideways and the
 * account name always keeps room to be read. Pure, so the breakpoints are tested without a browser.
 *
 * The main column is at most 1,216 px wide (1,440 px and wider screens); at 1,440 px it is about
 * 1,130 px and at 1,024 px about 720 px. Lower-priority columns go first, and what they showed
 * moves into a neighbouring cell instead of disappearing:
 *   wide   ≥ 1,200 px  every column
 *   medium ≥ 1,000 px  no Last activity (it stays a sort) and no Owner (shown under the name)
 *   narrow <  1,000 px  also no Top factors; ARR at risk shows under ARR, a payment problem under the band
 * Each threshold leaves the name at least 180 px.
 */
export type TableLayout = 'wide' | 'medium' | 'narrow';

export const columnIds = [
  'score',
  'name',
  'band',
  'arr',
  'arrAtRisk',
  'renewalDate',
  'paymentState',
  'lastActivityAt',
  'ownerName',
  'factors',
  'actions',
] as const;
export type ColumnId = (typeof columnIds)[number];

/** Fixed widths in px; the name column takes what is left (at least `minNameWidth`). */
export const columnWidths: Record<Exclude<ColumnId, 'name'>, number> = {
  score: 52,
  band: 116,
  arr: 88,
  arrAtRisk: 84,
  renewalDate: 104,
  paymentState: 100,
  lastActivityAt: 96,
  ownerName: 100,
  factors: 148,
  actions: 124,
};
export const minNameWidth = 180;

const hiddenBy: Record<TableLayout, readonly ColumnId[]> = {
  wide: [],
  medium: ['lastActivityAt', 'ownerName'],
  narrow: ['lastActivityAt', 'ownerName', 'factors', 'arrAtRisk', 'paymentState'],
};

export function tableLayoutFor(width: number): TableLayout {
  if (width >= 1200) return 'wide';
  if (width >= 1000) return 'medium';
  return 'narrow';
}

export function isColumnShown(layout: TableLayout, id: ColumnId): boolean {
  return !hiddenBy[layout].includes(id);
}

/** The name column's width: the rest of the row once every shown fixed column has its width (may fall short of the minimum). */
export function nameWidth(layout: TableLayout, tableWidth: number, hasActions: boolean): number {
  const fixed = columnIds
    .filter((id): id is Exclude<ColumnId, 'name'> => id !== 'name' && isColumnShown(layout, id))
    .filter((id) => hasActions || id !== 'actions')
    .reduce((sum, id) => sum + columnWidths[id], 0);
  return tableWidth - fixed;
}
