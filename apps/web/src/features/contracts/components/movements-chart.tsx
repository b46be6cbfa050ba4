import type { Movements } from '@success/shared/ledger';
import { useMemo } from 'react';
import { Bar, Legend, Line, ReferenceLine } from 'recharts';
import { ErrorAlert } from '@/components/ui/alert';
import { ChartFrame, ChartXAxis, MoneyTooltip, MoneyYAxis, moneyFromMajorUnits } from '@/components/ui/chart-frame';
import { SectionCard } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatMoney } from '@/lib/format';
import { useMovements } from '../api/get-movements';
import { movementPeriods, type MovementPeriod } from '../filters';
import {
  formatMonth,
  formatRatio,
  getMovementRange,
  hasMovement,
  movementSeries,
  toMovementChartData,
  type MovementChartPoint,
} from '../movements';

function PeriodToggle({ value, onChange }: { value: MovementPeriod; onChange: (period: MovementPeriod) => void }) {
  return (
    <div role="group" aria-label="Movement period" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {movementPeriods.map((months) => (
        <button
          key={months}
          type="button"
          aria-pressed={value === months}
          onClick={() => onChange(months)}
          className={cn(
            'rounded px-2 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
            value === months ? 'bg-white text-slate-900 shadow-xs' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          {months} months
        </button>
      ))}
    </div>
  );
}

function RetentionStat({
  label,
  ratio,
  hint,
  testId,
}: {
  label: string;
  ratio: number | null;
  hint: string;
  testId: string;
}) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2.5">
      <dt className="text-xs font-medium text-slate-500" title={hint}>
        {label}
      </dt>
      <dd className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {formatRatio(ratio)}
      </dd>
    </div>
  );
}

function Retention({ movements }: { movements: Movements }) {
  const { retention } = movements;
  return (
    <div>
      <dl className="grid grid-cols-2 gap-2">
        <RetentionStat
          label="NRR"
          ratio={retention.nrr}
          testId="retention-nrr"
          hint="Net revenue retention: MRR kept from accounts paying at the start, with expansion."
        />
        <RetentionStat
          label="GRR"
          ratio={retention.grr}
          testId="retention-grr"
          hint="Gross revenue retention: MRR kept from accounts paying at the start, without expansion."
        />
      </dl>
      <dl className="mt-3 space-y-1 text-xs">
        {(
          [
            ['Starting MRR', retention.startMrr, 'text-slate-900'],
            ['Expansion', retention.expansion, 'text-emerald-700'],
            ['Contraction', retention.contraction, 'text-amber-700'],
            ['Churn', retention.churn, 'text-rose-700'],
          ] as const
        ).map(([label, money, tone]) => (
          <div key={label} className="flex justify-between gap-3">
            <dt className="text-slate-500">{label}</dt>
            <dd className={cn('font-medium tabular-nums', tone)}>{formatMoney(money)}</dd>
          </div>
        ))}
      </dl>
      {retention.nrr === null ? (
        <p className="mt-2 text-xs text-slate-500">
          No account was paying at the start of the period, so retention cannot be computed.
        </p>
      ) : (
        <p className="mt-2 text-xs text-slate-500">
          {formatMonth(movements.from)} – {formatMonth(movements.to)}, accounts paying at the start.
        </p>
      )}
    </div>
  );
}

function describeChart(points: MovementChartPoint[], currency: string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'MRR movements';
  return `MRR movements from ${first.label} to ${last.label}: MRR went from ${formatMoney(moneyFromMajorUnits(first.mrr, currency))} to ${formatMoney(
    moneyFromMajorUnits(last.mrr, currency),
  )}.`;
}

/**
 * Monthly MRR movements: new, expansion and reactivation stacked above the axis, contraction and
 * churn below, the MRR line on its own axis; NRR and GRR for the chosen period beside it.
 */
export function MovementsChart({
  period,
  onPeriodChange,
}: {
  period: MovementPeriod;
  onPeriodChange: (period: MovementPeriod) => void;
}) {
  const range = useMemo(() => getMovementRange(period), [period]);
  const query = useMovements(range);
  const points = useMemo(() => toMovementChartData(query.data?.months ?? []), [query.data]);
  const currency = query.data?.currency ?? 'USD';

  let body;
  if (query.isPending) {
    body = (
      <div className="grid gap-6 lg:grid-cols-4" aria-hidden="true">
        <Skeleton className="h-64 lg:col-span-3" />
        <Skeleton className="h-40" />
      </div>
    );
  } else if (query.isError && !query.data) {
    body = <ErrorAlert title="Could not load MRR movements" error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!query.data || !hasMovement(points)) {
    body = <p className="text-sm text-slate-600">No MRR movement in the last {period} months.</p>;
  } else {
    body = (
      <div className="grid gap-6 lg:grid-cols-4">
        <ChartFrame
          data={points}
          label={describeChart(points, currency)}
          className="h-64 lg:col-span-3"
          data-testid="movements-chart"
          stackOffset="sign"
          margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
        >
          <ChartXAxis dataKey="label" />
          <MoneyYAxis yAxisId="movements" currency={currency} />
          <MoneyYAxis yAxisId="mrr" orientation="right" currency={currency} />
          <ReferenceLine yAxisId="movements" y={0} stroke="#cbd5e1" />
          <MoneyTooltip currency={currency} />
          <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} itemSorter={null} />
          {movementSeries.map((series) => (
            <Bar
              key={series.key}
              yAxisId="movements"
              dataKey={series.key}
              name={series.label}
              stackId="movements"
              fill={series.color}
              maxBarSize={36}
              isAnimationActive={false}
            />
          ))}
          <Line
            yAxisId="mrr"
            type="monotone"
            dataKey="mrr"
            name="MRR"
            stroke="#0f172a"
            strokeWidth={2}
            dot={{ r: 2.5 }}
            isAnimationActive={false}
          />
        </ChartFrame>
        <Retention movements={query.data} />
      </div>
    );
  }

  return (
    <SectionCard
      title="MRR movements"
      description="New, expansion and reactivation add MRR; contraction and churn take it away. The line is MRR at each month's end."
      actions={<PeriodToggle value={period} onChange={onPeriodChange} />}
    >
      <div aria-busy={query.isFetching}>{body}</div>
    </SectionCard>
  );
}
