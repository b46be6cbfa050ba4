import { createRoute } from '@tanstack/react-router';
import { Eye } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { useCurrentUser } from '@/lib/auth';
import { DemoModeSwitch } from '@/features/demo/components/demo-mode-switch';
import { IntegrationsPanel } from '@/features/integrations/components/integrations-panel';
import { UnmatchedCount, UnmatchedList } from '@/features/integrations/components/unmatched-list';
import { SignalImportPanel } from '@/features/signals/components/signal-import-panel';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { canEdit, isAdmin } from '@/lib/roles';
import { settingsRoute } from './settings';

export const integrationsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'integrations',
  component: IntegrationsPage,
});

function IntegrationsPage() {
  useDocumentTitle('Integrations');
  const me = useCurrentUser();
  const admin = isAdmin(me.user.role);
  return (
    <div className="max-w-6xl space-y-8">
      <PageHeader
        title="Integrations"
        description="Settings & Data: the sources that feed Success, how their syncs are doing, records that need a home, and the demo dataset."
      />
      {!admin ? (
        <Alert tone="info" title="Read-only">
          <span className="inline-flex items-center gap-1.5">
            <Eye className="size-3.5" aria-hidden="true" /> Only admins can connect, pause, remove or link integrations. You can see their status and
            history.
          </span>
        </Alert>
      ) : null}
      <IntegrationsPanel isAdmin={admin} />
      <SectionCard
        id="unmatched"
        title="Unmatched records"
        actions={<UnmatchedCount />}
        description="Provider customers no company domain ties to an account (free-mail addresses, missing domains). Link one to an account once; Success remembers it."
      >
        <UnmatchedList isAdmin={admin} />
      </SectionCard>
      <SectionCard
        id="import-signals"
        title="Import signals (CSV)"
        description="Feature requests, complaints, NPS and other customer signals from a spreadsheet, filed under each company’s domain. Preview first: nothing is written until you import."
      >
        <SignalImportPanel isEditable={canEdit(me.user.role)} />
      </SectionCard>
      <SectionCard title="Demo data" description="Per-workspace, read-only preview.">
        <DemoModeSwitch />
      </SectionCard>
    </div>
  );
}
