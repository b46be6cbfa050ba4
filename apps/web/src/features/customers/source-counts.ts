/**
 * How many revenue sources an account has, said the same way on every panel: the ledger's count
 * (a Stripe subscription and a Salesbricks contract reconciled into one row are one source) and,
 * when they differ, the provider records behind them ("2 records, 1 merged source").
 */
import { formatCount } from '../../lib/format';

export type SourceCounts = {
  /** Ledger rows: a merged pair counts once. */
  revenueSources: number;
  /** Provider records behind them: a merged pair is two. */
  revenueRecords: number;
};

export function formatSourceCounts({ revenueSources, revenueRecords }: SourceCounts): string {
  if (revenueRecords <= revenueSources) return formatCount(revenueSources, 'source');
  // Each merged source stands for two records, so the extra records count the merged sources.
  const merged = Math.min(revenueSources, revenueRecords - revenueSources);
  const records = formatCount(revenueRecords, 'record');
  if (merged === revenueSources) return `${records}, ${formatCount(merged, 'merged source')}`;
  return `${records}, ${formatCount(revenueSources, 'source')} (${merged} merged)`;
}

/** The same counts from the account's ledger rows, each listing the provider records it merges. */
export function sourceCountsOf(rows: readonly { sources: readonly unknown[] }[]): SourceCounts {
  return {
    revenueSources: rows.length,
    revenueRecords: rows.reduce((sum, row) => sum + Math.max(1, row.sources.length), 0),
  };
}
