import { Link } from '@tanstack/react-router';
import { Download } from 'lucide-react';
import { useEffect, useState } from 'react';
import { focusRing } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { requiredSignalCsvColumns, signalCsvColumns } from '@success/shared/signals';
import { buildSignalCsvTemplate, signalSentiments, signalTypes } from '../signal-csv';

const linkClasses = cn('rounded font-medium text-indigo-600 underline-offset-2 hover:underline', focusRing);

/** A Blob URL for the template, made on the client and released when the panel goes away. */
function useTemplateUrl(): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([buildSignalCsvTemplate()], { type: 'text/csv;charset=utf-8' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, []);
  return url;
}

/** The column list, the allowed values, the JSON APIs for scripts, and the template download. */
export function SignalCsvHelp() {
  const templateUrl = useTemplateUrl();
  return (
    <div className="space-y-1.5 text-xs leading-5 text-slate-600" data-testid="signal-csv-help">
      <p>
        Columns:{' '}
        {signalCsvColumns.map((column, index) => (
          <span key={column}>
            {index > 0 ? ', ' : null}
            <code className="font-mono text-[11px] text-slate-800">{column}</code>
            {requiredSignalCsvColumns.includes(column) ? null : <span className="text-slate-400"> (optional)</span>}
          </span>
        ))}
        . <code className="font-mono text-[11px]">type</code> is one of {signalTypes.join(', ')};{' '}
        <code className="font-mono text-[11px]">sentiment</code> is {signalSentiments.join(', ')} (worked out from the
        type or score when empty); <code className="font-mono text-[11px]">score</code> is 0–10 for NPS;{' '}
        <code className="font-mono text-[11px]">source</code> defaults to “api”;{' '}
        <code className="font-mono text-[11px]">occurredAt</code> is ISO 8601 with an offset, for example
        2026-11-20T10:00:00Z.
      </p>
      <p>
        Scripts can send the same fields as JSON to{' '}
        <code className="font-mono text-[11px]">POST /v3/rest/success/signals</code> (and calls to{' '}
        <code className="font-mono text-[11px]">POST /v3/rest/success/calls</code>) with an API token from{' '}
        <Link to={paths.settings.root.path} className={linkClasses}>
          Settings
        </Link>
        . Rows are matched by <code className="font-mono text-[11px]">externalId</code>, so sending one again updates it
        instead of adding a copy.
      </p>
      <p>
        <a
          href={templateUrl}
          download="signals-template.csv"
          className={cn('inline-flex items-center gap-1', linkClasses)}
        >
          <Download className="size-3.5" aria-hidden="true" />
          Download template
        </a>
        <span className="text-slate-400"> (the header and one example row)</span>
      </p>
    </div>
  );
}
