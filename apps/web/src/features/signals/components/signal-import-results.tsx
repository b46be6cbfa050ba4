import { AlertTriangle } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatDate, formatDateTime } from '@/lib/format';
import type { SignalPreviewRow } from '@success/shared/signals';
import { formatRowError, formatSignalType, truncateText, type ImportRowError } from '../signal-csv';

const typeTones: Record<string, BadgeTone> = {
  feature_request: 'indigo',
  complaint: 'red',
  escalation: 'red',
  bug: 'amber',
  nps: 'sky',
  praise: 'green',
  question: 'neutral',
  commitment: 'violet',
};

const numberFormat = new Intl.NumberFormat('en-US');

/** The first valid rows as the server parsed them: the domain they will be filed under, type, score, text, date. */
export function SignalPreviewTable({ rows, valid }: { rows: SignalPreviewRow[]; valid: number }) {
  return (
    <div className="space-y-1.5">
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table
          className="w-full min-w-[640px] text-xs"
          aria-label="Preview of valid rows"
          data-testid="signal-preview-table"
        >
          <thead className="bg-slate-50 text-left text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">
                Domain
              </th>
              <th scope="col" className="px-3 py-2">
                Type
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Score
              </th>
              <th scope="col" className="px-3 py-2">
                Text
              </th>
              <th scope="col" className="px-3 py-2">
                Date
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, index) => (
              <tr key={`${index}-${row.externalId}`} className="align-top">
                <td className="px-3 py-2 font-medium whitespace-nowrap text-slate-800">{row.domain}</td>
                <td className="px-3 py-2">
                  <Badge tone={typeTones[row.type] ?? 'neutral'}>{formatSignalType(row.type)}</Badge>
                </td>
                <td className="px-3 py-2 text-right text-slate-700 tabular-nums">
                  {row.score === undefined ? <span className="text-slate-400">—</span> : row.score}
                </td>
                <td className="max-w-md px-3 py-2 text-slate-700" title={row.text}>
                  {truncateText(row.text)}
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                  <time dateTime={row.occurredAt} title={formatDateTime(row.occurredAt)}>
                    {formatDate(row.occurredAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {valid > rows.length ? (
        <p className="text-xs text-slate-500">
          Showing the first {numberFormat.format(rows.length)} of {numberFormat.format(valid)} valid rows.
        </p>
      ) : null}
    </div>
  );
}

/** Every row the server refused, by spreadsheet row, so the person can fix the file and upload it again. */
export function SignalRowErrors({ title, errors }: { title: string; errors: ImportRowError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50/60 px-3.5 py-3" data-testid="signal-import-errors">
      <h3 className="flex items-center gap-1.5 text-sm font-medium text-amber-900">
        <AlertTriangle className="size-4" aria-hidden="true" />
        {title}
      </h3>
      <ul className="mt-2 max-h-64 list-none space-y-1 overflow-y-auto text-xs text-amber-950" aria-label={title}>
        {errors.map((error, index) => (
          <li key={`${error.row}-${index}`} className="font-mono break-words">
            {formatRowError(error)}
          </li>
        ))}
      </ul>
    </div>
  );
}
