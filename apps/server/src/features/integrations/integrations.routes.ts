import { z } from 'zod';
import { connectInputSchema, deleteQuerySchema, integrationSchema, linkCustomerInputSchema, pauseInputSchema, providerKeySchema, readinessSchema, startSyncInputSchema, testResultSchema, quarantinedRecordListSchema, integrationListSchema, syncRunListSchema, unmatchedCustomerListSchema } from '@success/shared/integrations';
import { noContentSchema } from '@success/shared/responses';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin } from '../../http/guards';
import { getReadiness } from './readiness.service';
import {
  connectIntegration,
  getIntegration,
  linkUnmatched,
  listIntegrations,
  listQuarantined,
  listSyncRuns,
  listUnmatched,
  removeIntegration,
  setPaused,
  startSync,
  testIntegration,
  type IntegrationDeps,
} from './integrations.service';

const providerParams = z.object({ provider: providerKeySchema });
const tags = ['integrations'];

export function registerIntegrationRoutes(app: App, context: AppContext) {
  const deps: IntegrationDeps = {
    db: context.db,
    encryptor: context.encryptor,
    jobs: context.jobs,
    now: context.now,
    defaultSyncIntervalMinutes: context.env.SYNC_INTERVAL_MINUTES,
    isProviderBaseUrlAllowed: context.env.ALLOW_PROVIDER_BASE_URL,
  };

  app.get(
    '/integrations',
    {
      schema: {
        tags,
        summary: 'Every provider with its connection status and last sync',
        response: { 200: integrationListSchema },
      },
    },
    async (request) => ({
      items: await listIntegrations(deps, requireActor(request)),
    }),
  );

  app.get(
    '/integrations/unmatched',
    {
      schema: {
        tags,
        summary: 'Provider customers no domain links to an account',
        response: { 200: unmatchedCustomerListSchema },
      },
    },
    async (request) => ({
      items: await listUnmatched(deps, requireActor(request)),
    }),
  );

  app.post(
    '/integrations/unmatched/:id/link',
    {
      schema: {
        tags,
        summary: 'Link a provider customer to an account by domain (remembered; admin)',
        params: z.object({ id: z.uuid() }),
        body: linkCustomerInputSchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await linkUnmatched(deps, requireAdmin(request), request.params.id, request.body.companyDomain);
      return reply.status(204).send();
    },
  );

  app.get(
    '/integrations/:provider',
    { schema: { tags, summary: 'One provider', params: providerParams, response: { 200: integrationSchema } } },
    async (request) => getIntegration(deps, requireActor(request), request.params.provider),
  );

  app.put(
    '/integrations/:provider',
    {
      schema: {
        tags,
        summary:
          'Connect or update a provider (admin). Tests the credentials first; the provider’s error comes back as 422.',
        params: providerParams,
        body: connectInputSchema,
        response: { 200: integrationSchema },
      },
    },
    async (request) => connectIntegration(deps, requireAdmin(request), request.params.provider, request.body),
  );

  app.post(
    '/integrations/:provider/test',
    {
      schema: {
        tags,
        summary: 'Test the stored credentials against the provider',
        params: providerParams,
        response: { 200: testResultSchema },
      },
    },
    async (request) => testIntegration(deps, requireAdmin(request), request.params.provider),
  );

  app.post(
    '/integrations/:provider/sync',
    {
      schema: {
        tags,
        summary: 'Start a sync now',
        params: providerParams,
        body: startSyncInputSchema,
        response: { 202: integrationSchema },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await startSync(deps, requireAdmin(request), request.params.provider, request.body.mode)),
  );

  app.patch(
    '/integrations/:provider',
    {
      schema: {
        tags,
        summary: 'Pause (disabled) or resume a connection (admin)',
        params: providerParams,
        body: pauseInputSchema,
        response: { 200: integrationSchema },
      },
    },
    async (request) => setPaused(deps, requireAdmin(request), request.params.provider, request.body.isPaused),
  );

  app.delete(
    '/integrations/:provider',
    {
      schema: {
        tags,
        summary: 'Remove a connection; purge=true also deletes its synced data (admin)',
        params: providerParams,
        querystring: deleteQuerySchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await removeIntegration(deps, requireAdmin(request), request.params.provider, request.query.purge);
      return reply.status(204).send();
    },
  );

  app.get(
    '/integrations/:provider/runs',
    {
      schema: {
        tags,
        summary: 'Sync history, newest first',
        params: providerParams,
        response: { 200: syncRunListSchema },
      },
    },
    async (request) => ({
      items: await listSyncRuns(deps, requireActor(request), request.params.provider),
    }),
  );

  app.get(
    '/integrations/:provider/quarantine',
    {
      schema: {
        tags,
        summary: 'Records that failed validation, with their errors',
        params: providerParams,
        response: { 200: quarantinedRecordListSchema },
      },
    },
    async (request) => ({
      items: await listQuarantined(deps, requireActor(request), request.params.provider),
    }),
  );

  app.get(
    '/success/sections/:section/setup',
    {
      schema: {
        tags: ['success'],
        summary: 'Setup readiness of a section',
        params: z.object({ section: z.string() }),
        response: { 200: readinessSchema },
      },
    },
    async (request) => getReadiness(context.db, requireActor(request), request.params.section),
  );
}
