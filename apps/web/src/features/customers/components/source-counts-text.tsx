import { formatSourceCounts, type SourceCounts } from '../source-counts';

/** "2 records, 1 merged source": the account's revenue sources as the ledger counts them. */
export function SourceCountsText({ counts }: { counts: SourceCounts }) {
  return (
    <span
      data-testid="linked-revenue-sources"
      data-sources={counts.revenueSources}
      data-records={counts.revenueRecords}
    >
      {formatSourceCounts(counts)}
    </span>
  );
}
