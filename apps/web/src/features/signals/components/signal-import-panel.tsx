import { Eye, FileUp, RotateCcw, Upload } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { formatCount } from '@/lib/format';
import { maxSignalCsvChars, type SignalImportResult } from '@success/shared/signals';
import { useImportSignals } from '../api/import-signals';
import { countRowsWithErrors, summarizePreview } from '../signal-csv';
import { SignalCsvHelp } from './signal-csv-help';
import { SignalPreviewTable, SignalRowErrors } from './signal-import-results';

const numberFormat = new Intl.NumberFormat('en-US');

function PreviewSummary({ result }: { result: SignalImportResult }) {
  return (
    <p className="text-sm text-slate-700" data-testid="signal-preview-summary">
      <span className="font-medium text-slate-900">Preview: </span>
      {result.rows === 0 ? 'no data rows found' : summarizePreview(result)}. Nothing has been written yet.
    </p>
  );
}

function ImportSuccess({ result }: { result: SignalImportResult }) {
  const written = result.written ?? { created: 0, updated: 0, unchanged: 0 };
  const skipped = countRowsWithErrors(result.errors);
  return (
    <Alert tone="success" title={`Imported ${formatCount(result.valid, 'signal')}`}>
      <p data-testid="signal-import-success">
        {numberFormat.format(written.created)} created, {numberFormat.format(written.updated)} updated,{' '}
        {numberFormat.format(written.unchanged)} unchanged.
      </p>
      {skipped > 0 ? (
        <p>
          {formatCount(skipped, 'row')} with errors {skipped === 1 ? 'was' : 'were'} skipped and{' '}
          {skipped === 1 ? 'is' : 'are'} listed below. The CSV is still in the box above: fix{' '}
          {skipped === 1 ? 'it' : 'them'} there (or in your file) and preview again. Rows already imported come back as
          unchanged.
        </p>
      ) : null}
    </Alert>
  );
}

/**
 * Import signals from a CSV file or pasted text: Preview validates every row without writing
 * (dryRun), Import writes the valid rows and lists the refused ones so they can be fixed and re-sent.
 */
export function SignalImportPanel({ isEditable }: { isEditable: boolean }) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const preview = useImportSignals();
  const runImport = useImportSignals();
  const statusRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const fileInputId = useId();

  const isBusy = preview.isPending || runImport.isPending;
  const previewed = preview.data;
  const imported = runImport.data;

  /** Any change of the CSV makes the last preview stale: Import must send exactly what was previewed. */
  function changeCsv(next: string, name: string | null) {
    setCsv(next);
    setFileName(name);
    setInputError(null);
    preview.reset();
    runImport.reset();
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so choosing the same (fixed) file again fires another change.
    input.value = '';
    if (!file) return;
    if (file.size > maxSignalCsvChars) {
      setInputError(`${file.name} is larger than 5 MB. Split it into smaller files and import them one by one.`);
      return;
    }
    setIsReading(true);
    try {
      changeCsv(await file.text(), file.name);
    } catch {
      setInputError(`Could not read ${file.name}. Check that it is a plain-text CSV file and try again.`);
    } finally {
      setIsReading(false);
    }
  }

  function handlePreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!csv.trim()) {
      setInputError('Choose a .csv file or paste CSV text first.');
      return;
    }
    if (csv.length > maxSignalCsvChars) {
      setInputError('The CSV is larger than 5 MB. Split it into smaller files and import them one by one.');
      return;
    }
    setInputError(null);
    runImport.reset();
    preview.mutate({ csv, dryRun: true });
  }

  function handleImport() {
    runImport.mutate({ csv, dryRun: false }, { onSuccess: () => statusRef.current?.focus() });
  }

  /** Clear and Import another file disappear once used: keyboard focus goes back to the file picker. */
  function handleStartOver() {
    changeCsv('', null);
    fileInputRef.current?.focus();
  }

  return (
    <div className="space-y-4" data-testid="signal-import">
      <SignalCsvHelp />
      {isEditable ? (
        <form onSubmit={handlePreview} noValidate aria-label="Import signals from CSV" className="space-y-3">
          <div className="space-y-1.5">
            <label htmlFor={fileInputId} className="block text-sm font-medium text-slate-700">
              CSV file
            </label>
            <div className="flex flex-wrap items-center gap-3">
              {/* The native input stays in the tab order (visually hidden); the label beside it is the button. */}
              <input
                ref={fileInputRef}
                id={fileInputId}
                type="file"
                accept=".csv,text/csv"
                className="peer sr-only"
                aria-describedby={`${fileInputId}-hint ${fileInputId}-name`}
                disabled={isBusy || isReading}
                onChange={(event) => void handleFile(event)}
              />
              <label
                htmlFor={fileInputId}
                className={cn(
                  buttonClasses({ variant: 'secondary' }),
                  'cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60',
                )}
              >
                <FileUp className="size-4" aria-hidden="true" />
                Choose file…
              </label>
              <span
                id={`${fileInputId}-name`}
                className="min-w-0 truncate text-sm text-slate-600"
                data-testid="signal-import-file"
              >
                {isReading ? 'Reading the file…' : fileName ? `Loaded ${fileName}` : 'No file chosen'}
              </span>
            </div>
            <p id={`${fileInputId}-hint`} className="text-xs text-slate-500">
              A .csv file with the header row above. It loads into the box below, where you can review or edit it before
              the preview.
            </p>
          </div>
          <Field label="Or paste CSV text" error={inputError}>
            {(props) => (
              <Textarea
                {...props}
                value={csv}
                rows={6}
                spellCheck={false}
                autoComplete="off"
                wrap="off"
                placeholder={
                  'externalId,companyDomain,type,sentiment,score,text,source,evidenceUrl,occurredAt\nsig-1,hooli.com,feature_request,,,Wants SSO,,,2026-11-20T10:00:00Z'
                }
                className="font-mono text-xs"
                disabled={isBusy || isReading}
                onChange={(event) => changeCsv(event.target.value, null)}
              />
            )}
          </Field>
          <div className="flex flex-wrap items-center gap-2">
            <Button
              type="submit"
              variant="secondary"
              icon={<Eye className="size-4" aria-hidden="true" />}
              isLoading={preview.isPending}
              disabled={runImport.isPending || isReading}
            >
              {preview.isPending ? 'Checking rows…' : 'Preview'}
            </Button>
            {csv ? (
              <Button
                variant="ghost"
                icon={<RotateCcw className="size-4" aria-hidden="true" />}
                onClick={handleStartOver}
                disabled={isBusy}
              >
                Clear
              </Button>
            ) : null}
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-500" data-testid="signal-import-read-only">
          Only members and admins can import signals. You can still download the template and hand it to one of them.
        </p>
      )}

      <div
        ref={statusRef}
        tabIndex={-1}
        aria-live="polite"
        className="space-y-3 rounded-md focus:outline-none"
        data-testid="signal-import-status"
      >
        {preview.isError ? <ErrorAlert title="Could not preview the CSV" error={preview.error} /> : null}
        {runImport.isError ? <ErrorAlert title="Could not import the signals" error={runImport.error} /> : null}
        {imported ? <ImportSuccess result={imported} /> : previewed ? <PreviewSummary result={previewed} /> : null}
      </div>

      {imported ? (
        <>
          <SignalRowErrors title="Rows not imported: fix them and upload the file again" errors={imported.errors} />
          <Button variant="secondary" icon={<FileUp className="size-4" aria-hidden="true" />} onClick={handleStartOver}>
            Import another file
          </Button>
        </>
      ) : previewed ? (
        <>
          {previewed.preview.length > 0 ? (
            <SignalPreviewTable rows={previewed.preview} valid={previewed.valid} />
          ) : null}
          <SignalRowErrors title="Rows with errors (they will not be imported)" errors={previewed.errors} />
          {previewed.valid > 0 ? (
            <Button
              icon={<Upload className="size-4" aria-hidden="true" />}
              isLoading={runImport.isPending}
              disabled={preview.isPending}
              onClick={handleImport}
            >
              {runImport.isPending ? 'Importing…' : `Import ${formatCount(previewed.valid, 'valid row')}`}
            </Button>
          ) : (
            <p className="text-sm text-slate-600">
              No valid rows to import. Fix the rows listed above and preview again.
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
