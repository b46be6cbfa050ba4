import { createRoute } from '@tanstack/react-router';
import { Alert } from '@/components/ui/alert';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DemoModeSwitch } from '@/features/demo/components/demo-mode-switch';
import { IntegrationsList } from '@/features/integrations/components/integrations-list';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { settingsRoute } from './settings';

export const integrationsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'integrations',
  component: IntegrationsPage,
});

function IntegrationsPage() {
  useDocumentTitle('Integrations');
  return (
    <div className="max-w-5xl space-y-5">
      <PageHeader title="Integrations" description="Settings & Data: the sources that feed Success, and the demo dataset." />
      <Alert tone="info" title="Connection setup is coming in the next release">
        <span id="integrations-coming-soon">
          Providers cannot be connected yet. Until then, preview every section with the Pied Piper demo data below.
        </span>
      </Alert>
      <SectionCard title="Demo data" description="Per-workspace, read-only preview.">
        <DemoModeSwitch />
      </SectionCard>
      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="mb-3 text-sm font-semibold text-slate-900">
          Providers
        </h2>
        <IntegrationsList />
      </section>
    </div>
  );
}
