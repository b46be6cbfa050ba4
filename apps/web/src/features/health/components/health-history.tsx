import { GitCompareArrows, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Line, ReferenceLine } from 'recharts';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChartFrame, ChartTooltip, ChartXAxis, ChartYAxis } from '@/components/ui/chart-frame';
import { SectionCard } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatCount, formatDateTime } from '@/lib/format';
import {
  healthWindows,
  type HealthDiff,
  type HealthDiffFactor,
  type HealthPoint,
  type HealthWindow,
} from '@success/shared/health';
import { useCustomerHealth } from '../api/get-health';
import { useHealthDiff } from '../api/get-health-diff';
import { formatPoints } from '@/lib/format';
import { stateLabels } from '@/lib/health-labels';
import { scoreTone, toneStroke } from '../score-tone';

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

type ChartPoint = HealthPoint & { time: number; label: string };

function WindowToggle({ value, onChange }: { value: HealthWindow; onChange: (days: HealthWindow) => void }) {
  return (
    <div role="group" aria-label="History window" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {healthWindows.map((days) => (
        <button
          key={days}
          type="button"
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          className={cn(
            'rounded px-2 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
            value === days ? 'bg-white text-slate-900 shadow-xs' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          {days} days
        </button>
      ))}
    </div>
  );
}

function changeText(factor: HealthDiffFactor): string {
  if (factor.change === 'appeared') return `appeared ${formatPoints(factor.delta)}`;
  if (factor.change === 'disappeared') return `cleared ${formatPoints(factor.delta)}`;
  return `${formatPoints(factor.before ?? 0)} → ${formatPoints(factor.after ?? 0)} (${formatPoints(factor.delta)})`;
}

function DiffView({ diff }: { diff: HealthDiff }) {
  const summary = diff.factors.map((factor) => `${factor.label} ${changeText(factor)}`).join(', ');
  return (
    <div data-testid="health-diff">
      <p className="text-sm font-medium text-slate-900">
        Score {formatPoints(diff.scoreDelta)}
        <span className="font-normal text-slate-500">
          {' '}
          ({diff.scoreBefore} → {diff.scoreAfter}
          {diff.isBandChanged ? `, ${stateLabels[diff.bandBefore]} → ${stateLabels[diff.bandAfter]}` : ''})
        </span>
        {summary ? <span className="sr-only">: {summary}</span> : null}
      </p>
      {diff.factors.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">No factor changed between these two scores.</p>
      ) : (
        <ul className="mt-1.5 space-y-1" aria-label="Factor changes">
          {diff.factors.map((factor) => (
            <li key={factor.key} className="flex gap-2 text-sm">
              <span
                className={cn(
                  'w-10 shrink-0 text-right font-semibold tabular-nums',
                  factor.delta < 0 ? 'text-rose-700' : factor.delta > 0 ? 'text-emerald-700' : 'text-slate-400',
                )}
              >
                {formatPoints(factor.delta)}
              </span>
              <span className="min-w-0 text-slate-700">
                {factor.label} <span className="text-slate-500">{changeText(factor)}</span>
                {factor.detail ? <span className="block text-xs text-slate-500">{factor.detail}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ComparePanel({
  domain,
  from,
  to,
  onClear,
}: {
  domain: string;
  from: ChartPoint;
  to: ChartPoint;
  onClear: () => void;
}) {
  const query = useHealthDiff(domain, { from: from.id, to: to.id });
  return (
    <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2.5" aria-live="polite">
      <div className="mb-1.5 flex items-center justify-between gap-2">
        <p className="text-xs text-slate-500">
          Comparing {formatDateTime(from.computedAt)} with {formatDateTime(to.computedAt)}
        </p>
        <Button variant="ghost" size="sm" onClick={onClear} aria-label="Clear comparison">
          <X className="size-3.5" aria-hidden="true" />
        </Button>
      </div>
      {query.isPending ? (
        <Skeleton className="h-10 w-full" />
      ) : query.isError ? (
        <ErrorAlert title="Could not compare these scores" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DiffView diff={query.data} />
      )}
    </div>
  );
}

/**
 * Score over time with a 30/90/180-day window; pick two points (or the last two) to see what
 * changed. A point is a change: the score holds until the next point (a step line), and the
 * latest one was last confirmed by the most recent recompute.
 */
export function HealthHistory({ domain }: { domain: string }) {
  const [days, setDays] = useState<HealthWindow>(90);
  const [selected, setSelected] = useState<string[]>([]);
  const query = useCustomerHealth(domain, days);

  const points = useMemo<ChartPoint[]>(
    () =>
      (query.data?.history ?? []).map((point) => {
        const time = new Date(point.computedAt).getTime();
        return { ...point, time, label: shortDate.format(time) };
      }),
    [query.data],
  );

  const pair = useMemo(() => {
    if (selected.length !== 2) return null;
    const chosen = points.filter((point) => selected.includes(point.id));
    if (chosen.length !== 2) return null;
    const [first, second] = chosen.toSorted((a, b) => a.time - b.time);
    return first && second ? { from: first, to: second } : null;
  }, [points, selected]);

  function changeWindow(next: HealthWindow) {
    setDays(next);
    setSelected([]);
  }

  function pick(index: number) {
    const point = points[index];
    if (!point) return;
    setSelected((current) => {
      if (current.includes(point.id)) return current.filter((id) => id !== point.id);
      return current.length >= 2 ? [point.id] : [...current, point.id];
    });
  }

  function compareWithPrevious() {
    const last = points.at(-1);
    const previous = points.at(-2);
    if (last && previous) setSelected([previous.id, last.id]);
  }

  const latest = points.at(-1);
  const stroke = latest ? toneStroke[scoreTone(latest.score)] : '#4f46e5';

  return (
    <SectionCard
      title="Score history"
      description={points.length > 1 ? 'Click two points to see what changed between them.' : undefined}
      actions={<WindowToggle value={days} onChange={changeWindow} />}
    >
      {query.isPending ? (
        <Skeleton className="h-48 w-full" />
      ) : query.isError ? (
        <ErrorAlert title="Could not load the score history" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ChartFrame
            data={points}
            label={`Health score over the last ${days} days: ${formatCount(points.length, 'score')}, from ${points[0]?.score ?? ''} to ${latest?.score ?? ''}`}
            className="h-48"
            data-testid="health-history-chart"
            isEmpty={points.length === 0}
            emptyMessage={`No scores in the last ${days} days.`}
            margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
            onClick={(state) => {
              const index = Number(state.activeTooltipIndex ?? state.activeIndex);
              if (Number.isInteger(index)) pick(index);
            }}
            isClickable
          >
            <ChartXAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(time: number) => shortDate.format(time)}
              minTickGap={24}
            />
            <ChartYAxis domain={[0, 100]} ticks={[0, 40, 70, 100]} />
            <ReferenceLine y={70} stroke="#a7f3d0" strokeDasharray="4 4" />
            <ReferenceLine y={40} stroke="#fecdd3" strokeDasharray="4 4" />
            <ChartTooltip
              formatter={(value, _name, item) => {
                const point = (item as { payload?: ChartPoint }).payload;
                return [point ? `${String(value)} · ${stateLabels[point.band]}` : value, 'Score'];
              }}
              labelFormatter={(_, payload) => {
                const point = payload[0]?.payload as ChartPoint | undefined;
                return point ? formatDateTime(point.computedAt) : '';
              }}
            />
            <Line
              type="stepAfter"
              dataKey="score"
              stroke={stroke}
              strokeWidth={2}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: ChartPoint }) => {
                const isSelected = props.payload ? selected.includes(props.payload.id) : false;
                return (
                  <circle
                    key={props.index}
                    data-testid="health-history-point"
                    data-score={props.payload?.score}
                    cx={props.cx}
                    cy={props.cy}
                    r={isSelected ? 5 : 3}
                    fill={isSelected ? '#4f46e5' : '#fff'}
                    stroke={isSelected ? '#4f46e5' : stroke}
                    strokeWidth={2}
                  />
                );
              }}
              activeDot={{ r: 5 }}
            />
          </ChartFrame>
          {points.length === 0 ? null : (
            <>
              <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
                <p className="text-xs text-slate-500">
                  {selected.length === 1
                    ? 'Now click a second point to compare.'
                    : `${formatCount(points.length, 'change')} in the last ${days} days${
                        latest?.confirmedAt ? ` · latest confirmed ${formatDateTime(latest.confirmedAt)}` : ''
                      }`}
                </p>
                <Button variant="secondary" size="sm" onClick={compareWithPrevious} disabled={points.length < 2}>
                  <GitCompareArrows className="size-3.5" aria-hidden="true" />
                  Compare with previous
                </Button>
              </div>
              {pair ? (
                <ComparePanel domain={domain} from={pair.from} to={pair.to} onClear={() => setSelected([])} />
              ) : null}
            </>
          )}
        </>
      )}
    </SectionCard>
  );
}
