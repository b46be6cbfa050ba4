import type { CustomerDetail } from '@success/shared/customers';
import {
  Activity,
  CalendarClock,
  CircleDollarSign,
  TrendingDown,
  TrendingUp,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { useCurrentUser } from '@/lib/auth';
import { cn } from '@/lib/cn';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDaysUntil,
  formatMoney,
  formatRelativeTime,
} from '@/lib/format';
import {
  formatActiveUsers,
  formatWeeklyTrend,
  isPaymentProblem,
  paymentHints,
  seatUtilization,
  trendTone,
} from '../metrics';

function MetricCard({
  icon: Icon,
  label,
  value,
  hint,
  testId,
  data,
}: {
  icon: LucideIcon;
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId: string;
  data?: Record<`data-${string}`, string | number | undefined>;
}) {
  return (
    <Card className="p-4">
      <div data-testid={testId} {...data}>
        <h3 className="flex items-center gap-2 text-xs font-medium text-slate-500">
          <Icon className="size-3.5" aria-hidden="true" />
          {label}
        </h3>
        <div className="mt-2 text-lg font-semibold text-slate-900 tabular-nums" data-testid="metric-value">
          {value}
        </div>
        {hint ? <div className="mt-0.5 text-xs text-slate-500">{hint}</div> : null}
      </div>
    </Card>
  );
}

const none = (text = '—') => <span className="text-slate-500">{text}</span>;

/** Names where licensed seats came from, as the adoption factor's detail does. */
const seatSourceLabels: Record<NonNullable<CustomerDetail['metrics']['licensedSeatsSource']>, string> = {
  ledger: 'Stripe subscription',
  salesbricks_contract: 'Salesbricks contract',
};

/** Active users vs licensed seats, contract value, last activity and days to renewal. */
export function MetricCards({ detail }: { detail: CustomerDetail }) {
  const { account, metrics, counts } = detail;
  const activeUsers = formatActiveUsers(metrics);
  const utilization = seatUtilization(metrics);
  const trend = formatWeeklyTrend(metrics.weeklyTrendPct);
  const tone = trendTone(metrics.weeklyTrendPct);
  const TrendIcon = tone === 'down' ? TrendingDown : TrendingUp;
  const lastActivityAt = metrics.lastActivityAt ?? account.lastActivityAt;
  const days = account.daysToRenewal;
  // The renewal date on its calendar day in the workspace's zone, where the day count is taken.
  const { timeZone } = useCurrentUser().workspace;

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4" role="group" aria-label="Account metrics">
      <MetricCard
        icon={Users}
        label="Active users"
        testId="metric-active-users"
        data={{
          'data-active': metrics.activeUsers ?? undefined,
          'data-licensed': metrics.licensedSeats ?? undefined,
          'data-seats-source': metrics.licensedSeatsSource ?? undefined,
        }}
        value={
          activeUsers ? (
            <span title={utilization !== null ? `${utilization}% of licensed seats active` : undefined}>
              {activeUsers}
              {metrics.licensedSeats !== null ? (
                <span className="ml-1 text-xs font-normal text-slate-500">
                  licensed
                  {metrics.licensedSeatsSource ? ` · ${seatSourceLabels[metrics.licensedSeatsSource]}` : null}
                </span>
              ) : null}
            </span>
          ) : (
            none()
          )
        }
        hint={
          activeUsers === null ? (
            'Needs product usage from PostHog'
          ) : trend ? (
            <span
              className={cn(
                'inline-flex items-center gap-1',
                tone === 'down' ? 'text-rose-700' : tone === 'up' ? 'text-emerald-700' : 'text-slate-500',
              )}
            >
              {tone !== 'flat' ? <TrendIcon className="size-3" aria-hidden="true" /> : null}
              {trend}
            </span>
          ) : utilization !== null ? (
            `${utilization}% of licensed seats active`
          ) : (
            'Peak daily active users, last 7 days'
          )
        }
      />
      <MetricCard
        icon={CircleDollarSign}
        label="Contract value (ARR)"
        testId="metric-arr"
        data={{ 'data-amount': account.arr?.amount, 'data-currency': account.arr?.currency }}
        value={account.arr ? formatMoney(account.arr) : none()}
        hint={
          account.mrr
            ? `MRR ${formatMoney(account.mrr)}`
            : counts.revenueSources > 0
              ? formatCount(counts.revenueSources, 'revenue source')
              : 'No revenue in the ledger'
        }
      />
      <MetricCard
        icon={Activity}
        label="Last activity"
        testId="metric-last-activity"
        value={
          lastActivityAt ? (
            <time dateTime={lastActivityAt} title={formatDateTime(lastActivityAt)}>
              {formatRelativeTime(lastActivityAt)}
            </time>
          ) : (
            none('None')
          )
        }
        hint={lastActivityAt ? formatDateTime(lastActivityAt) : 'No product or customer activity recorded'}
      />
      <MetricCard
        icon={CalendarClock}
        label="Days to renewal"
        testId="metric-renewal"
        data={{ 'data-days': days ?? undefined, 'data-payment-state': account.paymentState }}
        value={
          days === null ? none() : days >= 0 ? formatCount(days, 'day') : <span className="text-rose-700">Passed</span>
        }
        hint={
          <>
            <span
              className={cn(isPaymentProblem(account.paymentState) && 'font-medium text-rose-700')}
              data-testid="payment-hint"
            >
              {paymentHints[account.paymentState]}
            </span>
            {account.renewalDate ? (
              <span>
                {' · '}
                {days !== null && days < 0
                  ? `was ${formatDate(account.renewalDate, timeZone)} (${formatDaysUntil(days)})`
                  : `renews ${formatDate(account.renewalDate, timeZone)}`}
              </span>
            ) : null}
          </>
        }
      />
    </div>
  );
}
