import type { Integration, SyncRun } from '@success/shared/integrations';
import {
  ChevronDown,
  CircleCheck,
  History,
  KeyRound,
  Pause,
  Pencil,
  Play,
  PlugZap,
  RefreshCw,
  RotateCw,
  ShieldAlert,
  Trash2,
} from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { getErrorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { formatDateTime, formatNumber, formatRelativeTime } from '@/lib/format';
import { useSetPaused } from '../api/set-paused';
import { useStartSync } from '../api/start-sync';
import { useTestIntegration } from '../api/test-integration';
import { providerMeta } from '../providers';
import { formatInterval, getDisplayStatus, getProcessedCount, getRunDuration } from '../sync-run';
import { ConnectForm } from './connect-form';
import { IntegrationStatusBadge } from './integration-status-badge';
import { ProviderLogo } from '@/components/integrations/provider-logo';
import { QuarantineCount, QuarantineList } from './quarantine-list';
import { RemoveIntegrationDialog } from './remove-integration-dialog';
import { SyncHistory } from './sync-history';
import { SyncProgress } from './sync-progress';

/** The connect/edit dialog for one provider. */
export function ConnectDialog({
  integration,
  isOpen,
  onClose,
}: {
  integration: Integration;
  isOpen: boolean;
  onClose: () => void;
}) {
  const isEdit = integration.status !== 'not_connected';
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      size="lg"
      icon={<ProviderLogo provider={integration.provider} />}
      title={isEdit ? `Edit ${integration.displayName}` : `Connect ${integration.displayName}`}
      description={integration.powers}
    >
      <ConnectForm integration={integration} onDone={onClose} />
    </Dialog>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-700">{children}</dd>
    </div>
  );
}

function RelativeTime({ value }: { value: string }) {
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelativeTime(value)}
    </time>
  );
}

function NextSync({ integration }: { integration: Integration }) {
  if (integration.status === 'disabled') return <>paused</>;
  if (getDisplayStatus(integration) === 'syncing') return <>after this sync</>;
  if (integration.status === 'reauth_needed') return <>after reconnecting</>;
  if (!integration.nextSyncAt) return <>not scheduled</>;
  if (new Date(integration.nextSyncAt).getTime() <= Date.now()) return <>due now</>;
  return <RelativeTime value={integration.nextSyncAt} />;
}

function LastRunSummary({ run }: { run: SyncRun }) {
  const failed = run.status === 'failed';
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" data-testid="last-run-summary">
      <span className={cn('inline-flex items-center gap-1 font-medium', failed ? 'text-rose-700' : 'text-emerald-700')}>
        {failed ? (
          <ShieldAlert className="size-3.5" aria-hidden="true" />
        ) : (
          <CircleCheck className="size-3.5" aria-hidden="true" />
        )}
        Last {run.mode === 'full' ? 'full sync' : 'sync'} {failed ? 'failed' : 'succeeded'}
      </span>
      {!failed || getProcessedCount(run) > 0 ? (
        <>
          <span className="tabular-nums">{formatNumber(getProcessedCount(run))} records</span>
          <span className="tabular-nums">{formatNumber(run.recordsCreated)} created</span>
          <span className="tabular-nums">{formatNumber(run.recordsUpdated)} updated</span>
          <span className="tabular-nums">{formatNumber(run.recordsUnchanged)} unchanged</span>
          <span className={cn('tabular-nums', run.recordsQuarantined > 0 && 'font-medium text-amber-700')}>
            {formatNumber(run.recordsQuarantined)} quarantined
          </span>
        </>
      ) : null}
      {run.finishedAt ? (
        <time dateTime={run.finishedAt} title={formatDateTime(run.finishedAt)} className="text-slate-500">
          {formatRelativeTime(run.finishedAt)}
        </time>
      ) : null}
      <span className="text-slate-500">took {getRunDuration(run)}</span>
    </p>
  );
}

/** A provider message as a sentence, so the text after it does not run on. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Problems that need a person, in plain words, with the action that fixes them. */
function ConnectionAlert({
  integration,
  isAdmin,
  onReconnect,
}: {
  integration: Integration;
  isAdmin: boolean;
  onReconnect: () => void;
}) {
  const name = integration.displayName;
  if (integration.status === 'reauth_needed') {
    return (
      <Alert
        tone="warning"
        title={`${name} needs to be reconnected`}
        action={
          isAdmin ? (
            <Button
              size="sm"
              variant="secondary"
              icon={<KeyRound className="size-3.5" aria-hidden="true" />}
              onClick={onReconnect}
            >
              Reconnect
            </Button>
          ) : null
        }
      >
        {integration.lastError
          ? asSentence(`${name} refused the stored credentials: ${integration.lastError}`)
          : `${name} refused the stored credentials.`}{' '}
        Syncing is stopped until new credentials are saved.
      </Alert>
    );
  }
  if (integration.status === 'errored') {
    return (
      <Alert
        tone="error"
        title={`Syncing ${name} keeps failing`}
        action={
          isAdmin ? (
            <Button size="sm" variant="secondary" onClick={onReconnect}>
              Check settings
            </Button>
          ) : null
        }
      >
        {asSentence(integration.lastError ?? 'The last syncs failed')} Success keeps retrying on the schedule.
      </Alert>
    );
  }
  if (integration.currentRun?.status === 'stalled' && integration.status !== 'disabled') {
    return (
      <Alert tone="warning" title="The sync stalled">
        The worker running it stopped before it finished. It continues from the last saved page on its own
        {isAdmin ? ', or now with Sync now' : ''}.
      </Alert>
    );
  }
  if (integration.lastRun?.status === 'failed' && !integration.currentRun && integration.status !== 'disabled') {
    return (
      <Alert tone="warning" title="The last sync failed">
        {asSentence(integration.lastRun.error ?? integration.lastError ?? 'No details were recorded')} Success retries
        automatically.
      </Alert>
    );
  }
  return null;
}

function Disclosure({
  label,
  icon,
  badge,
  children,
}: {
  label: string;
  icon: ReactNode;
  badge?: ReactNode;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setIsOpen((value) => !value)}
        className="flex w-full items-center gap-2 px-5 py-2.5 text-left text-xs font-medium text-slate-600 hover:bg-slate-50 hover:text-slate-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
      >
        {icon}
        {label}
        {badge}
        <ChevronDown
          className={cn('ml-auto size-4 text-slate-400 transition-transform', isOpen && 'rotate-180')}
          aria-hidden="true"
        />
      </button>
      {isOpen ? (
        <div id={id} className="px-5 pb-4">
          {children}
        </div>
      ) : null}
    </div>
  );
}

/** A connected (or paused, or failing) provider: status, schedule, live progress, actions and history. */
export function ConnectedIntegrationCard({ integration, isAdmin }: { integration: Integration; isAdmin: boolean }) {
  const [isEditing, setIsEditing] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const startSync = useStartSync();
  const setPaused = useSetPaused();
  const test = useTestIntegration();
  const status = getDisplayStatus(integration);
  const name = integration.displayName;
  const headingId = useId();
  const run = integration.currentRun;
  const isSyncing = status === 'syncing';
  const isPaused = integration.status === 'disabled';
  const cannotSyncReason = isPaused
    ? `Resume ${name} to sync.`
    : integration.status === 'reauth_needed'
      ? `Reconnect ${name} to sync.`
      : isSyncing
        ? 'A sync is already running.'
        : undefined;
  const pendingMode = startSync.isPending ? startSync.variables.mode : null;

  return (
    <li>
      <article
        aria-labelledby={headingId}
        data-testid={`integration-${integration.provider}`}
        data-status={status}
        className={cn(
          'overflow-hidden rounded-xl border bg-white shadow-xs',
          isPaused ? 'border-slate-200 bg-slate-50/40' : 'border-slate-200',
        )}
      >
        <div className="flex flex-wrap items-start gap-4 px-5 pt-5 pb-4">
          <ProviderLogo provider={integration.provider} className={cn(isPaused && 'opacity-60 grayscale')} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
              <h3 id={headingId} className="text-base font-semibold text-slate-900">
                {name}
              </h3>
              <IntegrationStatusBadge status={status} />
              <span className="text-xs text-slate-500">{providerMeta[integration.provider].category}</span>
            </div>
            <p className="mt-1 text-sm text-slate-600">{integration.powers}</p>
            <dl className="mt-2.5 flex flex-wrap gap-x-5 gap-y-1 text-xs">
              <Meta label="Last sync">
                {integration.lastSyncedAt ? <RelativeTime value={integration.lastSyncedAt} /> : 'never'}
              </Meta>
              <Meta label="Next sync">
                <NextSync integration={integration} />
              </Meta>
              <Meta label="Schedule">{formatInterval(integration.syncIntervalMinutes)}</Meta>
              {integration.baseUrl ? (
                <Meta label="API">
                  <code className="font-mono text-[11px]">{integration.baseUrl}</code>
                </Meta>
              ) : null}
            </dl>
          </div>
        </div>

        <div className="space-y-3 px-5 pb-4 empty:hidden">
          <ConnectionAlert integration={integration} isAdmin={isAdmin} onReconnect={() => setIsEditing(true)} />
          {run && isSyncing ? <SyncProgress run={run} providerName={name} /> : null}
          {!isSyncing && integration.lastRun ? <LastRunSummary run={integration.lastRun} /> : null}
        </div>

        {isAdmin ? (
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 bg-slate-50/50 px-5 py-3">
            <Button
              size="sm"
              icon={<RefreshCw className="size-3.5" aria-hidden="true" />}
              isLoading={pendingMode === 'incremental'}
              disabled={cannotSyncReason !== undefined || startSync.isPending}
              title={cannotSyncReason}
              onClick={() => startSync.mutate({ provider: integration.provider, mode: 'incremental' })}
            >
              Sync now
            </Button>
            <Button
              size="sm"
              variant="secondary"
              icon={<RotateCw className="size-3.5" aria-hidden="true" />}
              isLoading={pendingMode === 'full'}
              disabled={cannotSyncReason !== undefined || startSync.isPending}
              title={cannotSyncReason ?? 'Re-reads everything from the provider'}
              onClick={() => startSync.mutate({ provider: integration.provider, mode: 'full' })}
            >
              Full resync
            </Button>
            <Button
              size="sm"
              variant="secondary"
              icon={<PlugZap className="size-3.5" aria-hidden="true" />}
              isLoading={test.isPending}
              onClick={() => test.mutate(integration.provider)}
            >
              Test connection
            </Button>
            <div className="ml-auto flex flex-wrap gap-1">
              <Button
                size="sm"
                variant="ghost"
                icon={<Pencil className="size-3.5" aria-hidden="true" />}
                onClick={() => setIsEditing(true)}
                aria-label={`Edit ${name}`}
              >
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                icon={
                  isPaused ? (
                    <Play className="size-3.5" aria-hidden="true" />
                  ) : (
                    <Pause className="size-3.5" aria-hidden="true" />
                  )
                }
                isLoading={setPaused.isPending}
                onClick={() => setPaused.mutate({ provider: integration.provider, isPaused: !isPaused })}
                aria-label={`${isPaused ? 'Resume' : 'Pause'} ${name}`}
              >
                {isPaused ? 'Resume' : 'Pause'}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
                icon={<Trash2 className="size-3.5" aria-hidden="true" />}
                onClick={() => setIsRemoving(true)}
                aria-label={`Remove ${name}`}
              >
                Remove
              </Button>
            </div>
          </div>
        ) : null}

        <div aria-live="polite" className="empty:hidden">
          {test.isSuccess || test.isError || startSync.isError || setPaused.isError ? (
            <div className="space-y-2 border-t border-slate-100 px-5 py-3">
              {test.isSuccess ? (
                <Alert tone="success" title="Connection works" action={<DismissButton onClick={() => test.reset()} />}>
                  {test.data.detail}
                </Alert>
              ) : null}
              {test.isError ? (
                <Alert
                  tone="error"
                  title={`${name} refused the connection`}
                  action={<DismissButton onClick={() => test.reset()} />}
                >
                  {getErrorMessage(test.error)}
                </Alert>
              ) : null}
              {startSync.isError ? (
                <Alert tone="error" title="Could not start the sync">
                  {getErrorMessage(startSync.error)}
                </Alert>
              ) : null}
              {setPaused.isError ? (
                <Alert tone="error" title={`Could not ${isPaused ? 'resume' : 'pause'} ${name}`}>
                  {getErrorMessage(setPaused.error)}
                </Alert>
              ) : null}
            </div>
          ) : null}
        </div>

        <div className="divide-y divide-slate-100 border-t border-slate-100">
          <Disclosure label="Sync history" icon={<History className="size-3.5" aria-hidden="true" />}>
            <SyncHistory provider={integration.provider} providerName={name} isSyncing={isSyncing} />
          </Disclosure>
          <Disclosure
            label="Quarantined records"
            icon={<ShieldAlert className="size-3.5" aria-hidden="true" />}
            badge={<QuarantineCount provider={integration.provider} />}
          >
            <QuarantineList provider={integration.provider} providerName={name} />
          </Disclosure>
        </div>
      </article>
      {isAdmin ? (
        <>
          <ConnectDialog integration={integration} isOpen={isEditing} onClose={() => setIsEditing(false)} />
          <RemoveIntegrationDialog integration={integration} isOpen={isRemoving} onClose={() => setIsRemoving(false)} />
        </>
      ) : null}
    </li>
  );
}

function DismissButton({ onClick }: { onClick: () => void }) {
  return (
    <Button size="sm" variant="ghost" onClick={onClick}>
      Dismiss
    </Button>
  );
}

/** A provider that is not connected: what it powers, and Connect (or "Coming soon"). */
export function ProviderTile({ integration, isAdmin }: { integration: Integration; isAdmin: boolean }) {
  const [isConnecting, setIsConnecting] = useState(false);
  const status = getDisplayStatus(integration);
  const headingId = useId();
  const meta = providerMeta[integration.provider];
  const name = integration.displayName;
  return (
    <li
      aria-labelledby={headingId}
      data-testid={`integration-${integration.provider}`}
      data-status={status}
      className={cn(
        'flex flex-col rounded-xl border bg-white p-4 shadow-xs transition-shadow',
        integration.isAvailable ? 'border-slate-200 hover:shadow-sm' : 'border-dashed border-slate-200 bg-slate-50/50',
      )}
    >
      <div className="flex items-start gap-3">
        <ProviderLogo
          provider={integration.provider}
          className={cn(!integration.isAvailable && 'opacity-50 grayscale')}
        />
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">
            {name}
          </h3>
          <p className="text-xs text-slate-500">{meta.category}</p>
        </div>
        <IntegrationStatusBadge status={status} />
      </div>
      <p className="mt-3 text-sm text-slate-700">{integration.powers}</p>
      <p className="mt-2 text-xs text-slate-500">
        Feeds: <span className="text-slate-700">{meta.sections.join(', ')}</span>
      </p>
      <div className="mt-auto pt-4">
        {!integration.isAvailable ? (
          <p className="text-xs text-slate-500">The {name} connector ships in a later release.</p>
        ) : isAdmin ? (
          <Button
            size="sm"
            variant="secondary"
            icon={<PlugZap className="size-3.5" aria-hidden="true" />}
            onClick={() => setIsConnecting(true)}
          >
            Connect {name}
          </Button>
        ) : (
          <p className="text-xs text-slate-500">An admin can connect {name}.</p>
        )}
      </div>
      {isAdmin && integration.isAvailable ? (
        <ConnectDialog integration={integration} isOpen={isConnecting} onClose={() => setIsConnecting(false)} />
      ) : null}
    </li>
  );
}
