import type { Money } from '@success/shared/money';
import { AlertTriangle, CalendarClock, CircleDollarSign, Repeat, TrendingUp } from 'lucide-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatCount, formatDateTime, formatMoney, formatRelativeTime } from '@/lib/format';
import { useContractsSummary } from '../api/get-contracts-summary';

function TotalCard({
  icon: Icon,
  label,
  testId,
  money,
  hint,
  tone = 'default',
  children,
}: {
  icon: typeof CircleDollarSign;
  label: string;
  testId: string;
  money: Money;
  hint?: ReactNode;
  tone?: 'default' | 'warn';
  children?: ReactNode;
}) {
  return (
    <Card className="p-4">
      <div className="flex items-center gap-2 text-xs font-medium text-slate-500">
        <Icon className={cn('size-3.5', tone === 'warn' && money.amount > 0 && 'text-amber-600')} aria-hidden="true" />
        <span id={`${testId}-label`}>{label}</span>
      </div>
      <div
        className={cn(
          'mt-2 text-xl font-semibold tabular-nums',
          tone === 'warn' && money.amount > 0 ? 'text-amber-700' : 'text-slate-900',
        )}
        data-testid={testId}
        data-amount={money.amount}
        aria-labelledby={`${testId}-label`}
      >
        {formatMoney(money)}
      </div>
      {hint ? <div className="mt-0.5 text-xs text-slate-500">{hint}</div> : null}
      {children}
    </Card>
  );
}

function TotalsSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-hidden="true">
      {Array.from({ length: 4 }, (_, index) => (
        <Card key={index} className="p-4">
          <Skeleton className="h-3 w-20" />
          <Skeleton className="mt-3 h-6 w-28" />
          <Skeleton className="mt-2 h-3 w-36" />
        </Card>
      ))}
    </div>
  );
}

/**
 * The ledger's headline numbers in the reporting currency: MRR, ARR, past-due ARR and the ARR that
 * renews in 30/60/90 days, with how many rows they cover, conflict and are ignored.
 */
export function ContractsTotals({ actions }: { actions?: ReactNode }) {
  const query = useContractsSummary();
  if (query.isPending) {
    return (
      <section aria-label="Ledger totals" aria-busy="true">
        <span className="sr-only">Loading totals…</span>
        <TotalsSkeleton />
      </section>
    );
  }
  if (query.isError) {
    return (
      <ErrorAlert title="Could not load the ledger totals" error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const summary = query.data;
  return (
    <section aria-label="Ledger totals" aria-busy={query.isFetching} data-testid="contracts-totals">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <TotalCard icon={Repeat} label="MRR" testId="total-mrr" money={summary.mrr} hint="Monthly recurring revenue" />
        <TotalCard
          icon={CircleDollarSign}
          label="ARR"
          testId="total-arr"
          money={summary.arr}
          hint={
            summary.ignoredRows > 0
              ? `Leaves out ${formatCount(summary.ignoredRows, 'ignored row')}`
              : 'Annual recurring revenue'
          }
        />
        <TotalCard
          icon={AlertTriangle}
          label="Past-due ARR"
          testId="total-past-due-arr"
          money={summary.pastDueArr}
          tone="warn"
          hint="Past due, failed or unpaid"
        />
        <Card className="p-4">
          <div className="flex items-center gap-2 text-xs font-medium text-slate-500">
            <CalendarClock className="size-3.5" aria-hidden="true" />
            ARR renewing
          </div>
          <dl className="mt-2 space-y-1 text-sm">
            {(
              [
                ['d30', '30 days'],
                ['d60', '60 days'],
                ['d90', '90 days'],
              ] as const
            ).map(([key, label]) => (
              <div key={key} className="flex items-baseline justify-between gap-3">
                <dt className="text-xs text-slate-500">Within {label}</dt>
                <dd
                  className="font-semibold text-slate-900 tabular-nums"
                  data-testid={`total-renewing-${key}`}
                  data-amount={summary.renewingArr[key].amount}
                >
                  {formatMoney(summary.renewingArr[key])}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-1.5 text-[11px] text-slate-500" data-testid="total-renewing-scope">
            Every ledger row, tracked accounts or not (Health counts tracked accounts only)
          </p>
        </Card>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-500">
        <span data-testid="total-rows">{formatCount(summary.rows, 'ledger row')}</span>
        <span
          data-testid="total-conflicts"
          className={summary.conflicts > 0 ? 'font-medium text-amber-700' : undefined}
        >
          {formatCount(summary.conflicts, 'conflict')}
        </span>
        <span data-testid="total-ignored">{formatCount(summary.ignoredRows, 'row', 'rows')} ignored from ARR</span>
        <span className="inline-flex items-center gap-1">
          <TrendingUp className="size-3" aria-hidden="true" />
          In {summary.currency}
          {summary.computedAt ? (
            <>
              {' '}
              · computed{' '}
              <time dateTime={summary.computedAt} title={formatDateTime(summary.computedAt)}>
                {formatRelativeTime(summary.computedAt)}
              </time>
            </>
          ) : null}
        </span>
        {query.isFetching ? <span aria-live="polite">Updating…</span> : null}
        {actions ? <span className="ml-auto flex items-center gap-2">{actions}</span> : null}
      </div>
    </section>
  );
}
