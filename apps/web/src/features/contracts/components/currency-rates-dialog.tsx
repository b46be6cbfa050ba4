import { putCurrencyRatesInputSchema } from '@success/shared/ledger';
import { AlertTriangle, Coins, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import { useCurrencyRates, useUpdateCurrencyRates, type CurrencyRates } from '../api/currency-rates';

type DraftRate = { key: number; currency: string; rate: string };

function MissingAlert({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <Alert tone="warning" title={`No rate for ${missing.join(', ')}`} className="mb-4">
      Rows in {missing.length === 1 ? 'this currency are' : 'these currencies are'} left out of MRR, ARR and the other
      totals until a rate is set.
    </Alert>
  );
}

function RatesTable({ rates }: { rates: CurrencyRates }) {
  const missing = new Set(rates.missing);
  return (
    <>
      <MissingAlert missing={rates.missing} />
      <p className="mb-2 text-sm text-slate-700">
        Reporting currency:{' '}
        <strong className="font-semibold" data-testid="reporting-currency">
          {rates.reportingCurrency}
        </strong>
      </p>
      <table className="w-full text-sm" aria-label="Currency rates">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1.5 font-medium">
              Currency
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Per 1 {rates.reportingCurrency}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {rates.rates.map((rate) => (
            <tr
              key={rate.currency}
              className="border-b border-slate-100"
              data-testid="rate-row"
              data-currency={rate.currency}
            >
              <th scope="row" className="py-1.5 text-left font-medium text-slate-800">
                {rate.currency}
              </th>
              <td className="py-1.5 text-slate-700 tabular-nums">{rate.rate}</td>
              <td className="py-1.5 text-right text-xs text-slate-500">
                {rate.updatedAt ? formatDateTime(rate.updatedAt) : '—'}
              </td>
            </tr>
          ))}
          {[...missing].map((currency) => (
            <tr
              key={currency}
              className="border-b border-amber-100 bg-amber-50/70"
              data-testid="rate-row"
              data-currency={currency}
              data-missing="true"
            >
              <th scope="row" className="py-1.5 text-left font-medium text-amber-900">
                {currency}
              </th>
              <td className="py-1.5 text-amber-800" colSpan={2}>
                <Badge tone="amber">
                  <AlertTriangle className="size-3" aria-hidden="true" />
                  Missing
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rates.rates.length === 0 && rates.missing.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">Every row is in {rates.reportingCurrency}: no rates are needed.</p>
      ) : null}
    </>
  );
}

function RatesForm({ rates, onDone }: { rates: CurrencyRates; onDone: () => void }) {
  const [reportingCurrency, setReportingCurrency] = useState(rates.reportingCurrency);
  const [draft, setDraft] = useState<DraftRate[]>(() => [
    ...rates.rates.map((rate, index) => ({ key: index, currency: rate.currency, rate: rate.rate })),
    ...rates.missing.map((currency, index) => ({ key: rates.rates.length + index, currency, rate: '' })),
  ]);
  const [nextKey, setNextKey] = useState(rates.rates.length + rates.missing.length);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateCurrencyRates();
  const missing = new Set(rates.missing);

  function change(key: number, patch: Partial<DraftRate>) {
    setDraft((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    // Row errors are matched by position: any edit makes them stale.
    setErrors({});
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      reportingCurrency: reportingCurrency.trim().toUpperCase(),
      rates: draft
        .filter((row) => row.currency.trim() || row.rate.trim())
        .map((row) => ({ currency: row.currency.trim().toUpperCase(), rate: row.rate.trim() })),
    };
    const parsed = putCurrencyRatesInputSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.');
        if (!(key in next)) next[key] = issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    update.mutate(parsed.data, { onSuccess: onDone });
  }

  // Errors point at the rows that were sent, which skip blank ones: map them back by position.
  const sentKeys = draft.filter((row) => row.currency.trim() || row.rate.trim()).map((row) => row.key);
  const rowError = (key: number, field: 'currency' | 'rate') => {
    const index = sentKeys.indexOf(key);
    return index === -1 ? null : (errors[`rates.${index}.${field}`] ?? null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <MissingAlert missing={rates.missing} />
      <Field
        label="Reporting currency"
        hint="Totals, movements and renewals are shown in it."
        error={errors.reportingCurrency ?? null}
      >
        {(props) => (
          <Input
            {...props}
            className="w-28! uppercase"
            maxLength={3}
            value={reportingCurrency}
            onChange={(event) => {
              setReportingCurrency(event.target.value.toUpperCase());
              setErrors({});
            }}
          />
        )}
      </Field>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-700">
          Rates: units of each currency per 1 {reportingCurrency || 'reporting currency'}
        </legend>
        <ul className="mt-2 space-y-2" aria-label="Rates">
          {draft.map((row) => {
            const isMissing = missing.has(row.currency) && !row.rate.trim();
            const currencyError = rowError(row.key, 'currency');
            const rateError = rowError(row.key, 'rate');
            return (
              <li
                key={row.key}
                className={cn(
                  'rounded-md px-2 py-1.5',
                  isMissing ? 'bg-amber-50 ring-1 ring-amber-200' : 'bg-slate-50',
                )}
                data-testid="rate-input-row"
                data-currency={row.currency}
                data-missing={isMissing || undefined}
              >
                <div className="flex items-center gap-2">
                  <Input
                    aria-label="Currency code"
                    aria-invalid={currencyError ? true : undefined}
                    className="w-24! shrink-0 uppercase"
                    maxLength={3}
                    placeholder="EUR"
                    value={row.currency}
                    onChange={(event) => change(row.key, { currency: event.target.value.toUpperCase() })}
                  />
                  <Input
                    aria-label={`Rate for ${row.currency || 'the new currency'}`}
                    aria-invalid={rateError ? true : undefined}
                    inputMode="decimal"
                    className="min-w-0 flex-1 tabular-nums"
                    placeholder={isMissing ? 'Missing: enter a rate' : '0.92'}
                    value={row.rate}
                    onChange={(event) => change(row.key, { rate: event.target.value })}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove ${row.currency || 'this rate'}`}
                    onClick={() => {
                      setDraft((rows) => rows.filter((item) => item.key !== row.key));
                      setErrors({});
                    }}
                  >
                    <Trash2 className="size-3.5" aria-hidden="true" />
                  </Button>
                </div>
                {currencyError || rateError ? (
                  <p className="mt-1 text-xs text-rose-600">{currencyError ?? rateError}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          icon={<Plus className="size-3.5" aria-hidden="true" />}
          onClick={() => {
            setDraft((rows) => [...rows, { key: nextKey, currency: '', rate: '' }]);
            setNextKey((key) => key + 1);
          }}
        >
          Add a rate
        </Button>
      </fieldset>
      <div aria-live="polite">
        {update.isError ? <ErrorAlert className="mt-3" title="Could not save the rates" error={update.error} /> : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={update.isPending}>
          Save rates
        </Button>
      </div>
    </form>
  );
}

function RatesBody({ isAdmin, onClose }: { isAdmin: boolean; onClose: () => void }) {
  const query = useCurrencyRates();
  if (query.isPending) {
    return (
      <div className="space-y-2" aria-busy="true">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-8 w-full" />
      </div>
    );
  }
  if (query.isError)
    return (
      <ErrorAlert title="Could not load currency rates" error={query.error} onRetry={() => void query.refetch()} />
    );
  if (isAdmin) return <RatesForm rates={query.data} onDone={onClose} />;
  return (
    <>
      <RatesTable rates={query.data} />
      <p className="mt-4 text-xs text-slate-500">Only admins can change the reporting currency and rates.</p>
    </>
  );
}

/** The "Currency rates" button (flagged when a currency has no rate) and its dialog: admins edit, others read. */
export function CurrencyRatesButton({ isAdmin }: { isAdmin: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  const query = useCurrencyRates();
  const missing = query.data?.missing.length ?? 0;
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        icon={<Coins className="size-3.5" aria-hidden="true" />}
        onClick={() => setIsOpen(true)}
        data-testid="currency-rates-button"
      >
        Currency rates
        {missing > 0 ? (
          <Badge tone="amber" className="ml-0.5">
            {missing} missing
          </Badge>
        ) : null}
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        size="lg"
        title="Currency rates"
        description={
          isAdmin
            ? 'Every row is converted into the reporting currency with these rates before it is added up.'
            : 'The rates every row is converted with before it is added up.'
        }
      >
        {isOpen ? <RatesBody isAdmin={isAdmin} onClose={() => setIsOpen(false)} /> : null}
      </Dialog>
    </>
  );
}
