import type { HealthBand, HealthState, HealthSummary as HealthSummaryData } from '@success/shared/health';
import { AlertTriangle, CalendarClock, HeartPulse, ShieldAlert, Siren } from 'lucide-react';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatCompactMajor, formatCount, formatMoney } from '@/lib/format';
import { useHealthSummary } from '../api/get-health-summary';
import { SummaryApart } from './summary-apart';
import {
  accountsAtRisk,
  arrAtRiskShare,
  arrByBandBars,
  renewalRows,
  summaryBandLabels,
  type BandBar,
} from '../summary';

export type HealthSummaryProps = {
  /** The band the queue is filtered to, if any: its card reads as pressed. */
  band?: HealthState;
  onBandChange?: (band: HealthState | undefined) => void;
  renewalWithinDays?: number;
  onRenewalChange?: (days: number | undefined) => void;
};

const bandIcons: Record<HealthBand, typeof HeartPulse> = {
  healthy: HeartPulse,
  at_risk: AlertTriangle,
  critical: Siren,
};
const bandAccent: Record<HealthBand, string> = {
  healthy: 'text-emerald-600 bg-emerald-50',
  at_risk: 'text-amber-600 bg-amber-50',
  critical: 'text-rose-600 bg-rose-50',
};
const bandRing: Record<HealthBand, string> = {
  healthy: 'ring-emerald-500',
  at_risk: 'ring-amber-500',
  critical: 'ring-rose-500',
};

function BandCard({
  band,
  summary,
  isActive,
  onToggle,
}: {
  band: HealthBand;
  summary: HealthSummaryData;
  isActive: boolean;
  onToggle?: () => void;
}) {
  const Icon = bandIcons[band];
  const count = summary.accountsByBand[band];
  const arr = summary.arrByBand[band];
  const content = (
    <>
      <div className="flex items-center gap-2 text-xs font-medium text-slate-500">
        <span className={cn('flex size-6 items-center justify-center rounded-md', bandAccent[band])} aria-hidden="true">
          <Icon className="size-3.5" />
        </span>
        {summaryBandLabels[band]}
      </div>
      <div className="mt-2 flex items-baseline gap-1.5">
        <span className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid="summary-count">
          {count}
        </span>
        <span className="text-xs text-slate-500">{count === 1 ? 'account' : 'accounts'}</span>
      </div>
      <div className="mt-0.5 text-xs text-slate-600">
        <span className="font-medium text-slate-800 tabular-nums" data-testid="summary-arr">
          {formatMoney(arr, { whole: true })}
        </span>{' '}
        ARR
      </div>
    </>
  );
  const common = {
    'data-testid': `summary-band-${band}`,
    'data-count': count,
    'data-arr': arr.amount,
  };
  if (!onToggle) {
    return (
      <Card className="p-4">
        <div {...common}>{content}</div>
      </Card>
    );
  }
  return (
    <button
      type="button"
      {...common}
      aria-pressed={isActive}
      aria-label={`${summaryBandLabels[band]}: ${formatCount(count, 'account')}, ${formatMoney(arr, { whole: true })} ARR. ${isActive ? 'Show every band' : 'Show only these accounts'}`}
      onClick={onToggle}
      className={cn(
        'rounded-lg border border-slate-200 bg-white p-4 text-left shadow-xs transition hover:border-slate-300 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
        isActive && ['ring-2', bandRing[band]],
      )}
    >
      {content}
    </button>
  );
}

function AtRiskCard({ summary }: { summary: HealthSummaryData }) {
  const share = arrAtRiskShare(summary);
  const count = accountsAtRisk(summary);
  return (
    <Card className="p-4">
      <div data-testid="summary-arr-at-risk" data-arr={summary.arrAtRisk.amount} data-count={count}>
        <div className="flex items-center gap-2 text-xs font-medium text-slate-500">
          <span
            className="flex size-6 items-center justify-center rounded-md bg-rose-50 text-rose-600"
            aria-hidden="true"
          >
            <ShieldAlert className="size-3.5" />
          </span>
          ARR at risk
        </div>
        <div className="mt-2 text-2xl font-semibold text-rose-700 tabular-nums" data-testid="summary-arr">
          {formatMoney(summary.arrAtRisk, { whole: true })}
        </div>
        <div className="mt-0.5 text-xs text-slate-600">
          {formatCount(count, 'account')} at risk or critical{share !== null ? ` · ${share}% of scored ARR` : ''}
        </div>
      </div>
    </Card>
  );
}

function RenewalsCard({
  summary,
  renewalWithinDays,
  onRenewalChange,
}: {
  summary: HealthSummaryData;
  renewalWithinDays?: number;
  onRenewalChange?: (days: number | undefined) => void;
}) {
  return (
    <section aria-labelledby="renewals-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <h2 id="renewals-heading" className="flex items-center gap-2 text-xs font-medium text-slate-500">
        <span
          className="flex size-6 items-center justify-center rounded-md bg-indigo-50 text-indigo-600"
          aria-hidden="true"
        >
          <CalendarClock className="size-3.5" />
        </span>
        Renewals coming up
      </h2>
      <ul className="mt-3 space-y-1.5">
        {renewalRows(summary).map((row) => {
          const isActive = renewalWithinDays === row.days;
          const body = (
            <>
              <span className="w-20 text-left text-slate-600">{row.days} days</span>
              <span className="flex-1 text-right font-semibold text-slate-900 tabular-nums" data-testid="summary-count">
                {formatCount(row.accounts, 'tracked account')}
              </span>
              <span className="w-24 text-right text-slate-700 tabular-nums" data-testid="summary-arr">
                {formatMoney(row.arr, { whole: true })}
              </span>
            </>
          );
          return (
            <li
              key={row.key}
              data-testid={`summary-renewals-${row.key}`}
              data-count={row.accounts}
              data-arr={row.arr.amount}
            >
              {onRenewalChange ? (
                <button
                  type="button"
                  aria-pressed={isActive}
                  aria-label={`Renewing in ${row.days} days: ${formatCount(row.accounts, 'tracked account')}, ${formatMoney(row.arr, { whole: true })} ARR. ${isActive ? 'Show every renewal date' : 'Show only these accounts'}`}
                  onClick={() => onRenewalChange(isActive ? undefined : row.days)}
                  className={cn(
                    'flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600',
                    isActive && 'bg-indigo-50 ring-1 ring-indigo-200',
                  )}
                >
                  {body}
                </button>
              ) : (
                <div className="flex items-center gap-2 px-2 py-1.5 text-sm">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 px-2 text-[11px] text-slate-500">
        Tracked accounts only (Contracts counts every ledger row), renewing from today; each window includes the shorter
        ones.
      </p>
    </section>
  );
}

function ArrByBandChart({ summary }: { summary: HealthSummaryData }) {
  const bars = arrByBandBars(summary);
  // With no ARR anywhere a bar chart would draw an empty $0–$4 axis; say what is missing instead.
  const hasArr = bars.some((bar) => bar.arr.amount !== 0);
  const currency = summary.currency;
  const compact = (value: number) => formatCompactMajor(value, currency);
  const description = bars
    .map((bar) => `${bar.label} ${formatMoney(bar.arr, { whole: true })} (${formatCount(bar.accounts, 'account')})`)
    .join(', ');
  return (
    <section
      aria-labelledby="arr-by-band-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs lg:col-span-2"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="arr-by-band-heading" className="text-xs font-medium text-slate-500">
          ARR by health band
        </h2>
        <p className="text-[11px] text-slate-500">Tracked accounts, in {currency}</p>
      </div>
      {hasArr ? (
        <div
          className="mt-2 h-44 w-full"
          data-testid="arr-by-band-chart"
          role="img"
          aria-label={`ARR by health band: ${description}`}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid stroke="#f1f5f9" horizontal={false} />
              <XAxis
                type="number"
                tickFormatter={compact}
                tick={{ fontSize: 11, fill: '#64748b' }}
                tickLine={false}
                axisLine={{ stroke: '#e2e8f0' }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={76}
                tick={{ fontSize: 11, fill: '#475569' }}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip
                cursor={{ fill: '#f8fafc' }}
                formatter={(_value, _name, item) => {
                  const bar = (item as { payload?: BandBar }).payload;
                  return bar
                    ? [`${formatMoney(bar.arr, { whole: true })} · ${formatCount(bar.accounts, 'account')}`, 'ARR']
                    : ['', ''];
                }}
                contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: '#e2e8f0' }}
              />
              <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false} maxBarSize={22}>
                {bars.map((bar) => (
                  <Cell key={bar.band} fill={bar.color} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <div
          className="mt-2 flex h-44 w-full flex-col items-center justify-center gap-1 rounded-md border border-dashed border-slate-200 text-center"
          data-testid="arr-by-band-empty"
        >
          <p className="text-sm font-medium text-slate-700">No ARR to chart yet</p>
          <p className="max-w-xs text-xs text-slate-500">
            Connect Stripe or Salesbricks, or track accounts that have revenue, to see ARR by health band.
          </p>
        </div>
      )}
    </section>
  );
}

function SummarySkeleton() {
  return (
    <div className="space-y-4" aria-hidden="true">
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-28 rounded-lg" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Skeleton className="h-52 rounded-lg" />
        <Skeleton className="h-52 rounded-lg lg:col-span-2" />
      </div>
    </div>
  );
}

function Section({ children }: { children: ReactNode }) {
  return (
    <section aria-label="Health summary" className="mb-5 space-y-4" data-testid="health-summary">
      {children}
    </section>
  );
}

/** Accounts and ARR per band, renewals in 30/60/90 days and ARR at risk; cards double as queue filters. */
export function HealthSummary({ band, onBandChange, renewalWithinDays, onRenewalChange }: HealthSummaryProps) {
  const query = useHealthSummary();
  if (query.isPending) {
    return (
      <Section>
        <span className="sr-only">Loading the health summary…</span>
        <SummarySkeleton />
      </Section>
    );
  }
  if (query.isError) {
    return (
      <Section>
        <ErrorAlert
          title="Could not load the health summary"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Section>
    );
  }
  const summary = query.data;
  const bands: HealthBand[] = ['healthy', 'at_risk', 'critical'];
  return (
    <Section>
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-4">
        {bands.map((key) => (
          <BandCard
            key={key}
            band={key}
            summary={summary}
            isActive={band === key}
            onToggle={onBandChange ? () => onBandChange(band === key ? undefined : key) : undefined}
          />
        ))}
        <AtRiskCard summary={summary} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <RenewalsCard summary={summary} renewalWithinDays={renewalWithinDays} onRenewalChange={onRenewalChange} />
        <ArrByBandChart summary={summary} />
      </div>
      <SummaryApart summary={summary} band={band} onBandChange={onBandChange} />
    </Section>
  );
}
