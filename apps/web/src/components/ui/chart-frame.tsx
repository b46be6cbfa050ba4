import type { Money } from '@success/shared/money';
import type { ComponentProps, ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type Margin,
  type StackOffsetType,
  type TooltipProps,
  type XAxisProps,
  type YAxisProps,
} from 'recharts';
import { cn } from '@/lib/cn';
import { formatMoney, getMinorUnitFactor } from '@/lib/format';

/** Axis text and lines, the same on every chart. */
const tick = { fontSize: 11, fill: '#64748b' } as const;
const axisLine = { stroke: '#e2e8f0' } as const;
const gridStroke = '#f1f5f9';

/** A chart value in major units (dollars) back to Money, so it formats like every other amount. */
export function moneyFromMajorUnits(value: number, currency: string): Money {
  let factor = 100;
  try {
    factor = getMinorUnitFactor(currency);
  } catch {
    // An unknown code still charts: cents are the usual minor unit.
  }
  return { amount: Math.round(value * factor), currency };
}

export function ChartXAxis(props: XAxisProps) {
  return <XAxis tick={tick} tickLine={false} axisLine={axisLine} {...props} />;
}

export function ChartYAxis(props: YAxisProps) {
  return <YAxis tick={tick} tickLine={false} axisLine={false} {...props} />;
}

/** A Y axis whose values are amounts in major units of `currency`, ticked compactly ("$48K"). */
export function MoneyYAxis({ currency, ...props }: YAxisProps & { currency: string }) {
  return (
    <ChartYAxis
      tickFormatter={(value: number) => formatMoney(moneyFromMajorUnits(value, currency), { compact: true })}
      width={64}
      {...props}
    />
  );
}

export function ChartTooltip(props: TooltipProps) {
  return <Tooltip contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: '#e2e8f0' }} {...props} />;
}

/** Tooltip values in major units of `currency`, formatted in full ("$48,000"). */
export function MoneyTooltip({ currency, ...props }: TooltipProps & { currency: string }) {
  return (
    <ChartTooltip
      formatter={(value, name) => [formatMoney(moneyFromMajorUnits(Number(value), currency)), name]}
      {...props}
    />
  );
}

/**
 * A Recharts chart in a responsive box with a horizontal grid; the box is one image to assistive
 * tech, named by `label`, which should say what the chart shows in words. Put axes (ChartXAxis,
 * ChartYAxis, MoneyYAxis), a tooltip and the series in `children`. With `isEmpty`, the empty message
 * shows instead of an empty plot.
 */
export function ChartFrame<T>({
  data,
  label,
  className = 'h-64',
  isEmpty = false,
  emptyMessage,
  margin,
  stackOffset,
  onClick,
  isClickable = false,
  children,
  'data-testid': testId,
}: {
  data: T[];
  label: string;
  /** The box's size (its height; it fills the width). */
  className?: string;
  isEmpty?: boolean;
  emptyMessage?: ReactNode;
  margin?: Partial<Margin>;
  stackOffset?: StackOffsetType;
  onClick?: ComponentProps<typeof ComposedChart>['onClick'];
  isClickable?: boolean;
  children: ReactNode;
  'data-testid'?: string;
}) {
  if (isEmpty) return <p className="text-sm text-slate-600">{emptyMessage}</p>;
  return (
    <div className={cn('w-full', className)} data-testid={testId} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={margin}
          stackOffset={stackOffset}
          onClick={onClick}
          className={isClickable ? 'cursor-pointer' : undefined}
        >
          <CartesianGrid stroke={gridStroke} vertical={false} />
          {children}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
