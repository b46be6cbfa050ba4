import { z } from 'zod';
import {
  customerHealthSchema,
  healthDiffSchema,
  healthSettingsPreviewSchema,
  healthSummarySchema,
} from '@success/shared/health';
import { healthSettingsResponseSchema } from '@success/shared/health-settings';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin, requireWriter } from '../../http/guards';
import { previewHealthSettings, readHealthSettings, saveHealthSettings } from './health-settings.service';
import { diffHealthSnapshots, getHealthHistory } from './health-history.service';
import { getHealthSummary } from './health-summary.service';
import { refreshDerivedData } from '../../jobs/refresh-workspace';

const domainParams = z.object({ companyDomain: z.string().min(1).max(253) });

export function registerHealthRoutes(app: App, { db, now }: AppContext) {
  const settingsBody = z.object({ settings: z.record(z.string(), z.unknown()) });

  app.get(
    '/success/health/summary',
    {
      schema: {
        tags: ['success'],
        summary: 'Health summary: accounts and ARR per band, ARR at risk, renewals in 30/60/90 days',
        response: { 200: healthSummarySchema },
      },
    },
    async (request) => getHealthSummary(db, requireActor(request), now()),
  );

  app.get(
    '/success/health/settings',
    {
      schema: {
        tags: ['success'],
        summary: 'Health score weights, thresholds and bands (with the defaults)',
        response: { 200: healthSettingsResponseSchema },
      },
    },
    async (request) => readHealthSettings(db, requireActor(request)),
  );

  app.put(
    '/success/health/settings',
    {
      schema: {
        tags: ['success'],
        summary: 'Save validated health settings and rescore (admin)',
        body: settingsBody,
        response: { 200: healthSettingsResponseSchema },
      },
    },
    async (request) => saveHealthSettings(db, requireAdmin(request), request.body.settings, now()),
  );

  app.post(
    '/success/health/settings/preview',
    {
      schema: {
        tags: ['success'],
        summary: 'How many accounts would change band under proposed settings, before saving',
        body: settingsBody,
        response: { 200: healthSettingsPreviewSchema },
      },
    },
    async (request) => previewHealthSettings(db, requireAdmin(request), request.body.settings, now()),
  );

  app.get(
    '/success/customers/:companyDomain/health',
    {
      schema: {
        tags: ['success'],
        summary: 'Full factor breakdown of the latest score and the score history (30, 90 or 180 days)',
        params: domainParams,
        querystring: z.object({ days: z.enum(['30', '90', '180']).default('90').transform(Number) }),
        response: { 200: customerHealthSchema },
      },
    },
    async (request) =>
      getHealthHistory(db, requireActor(request), request.params.companyDomain, request.query.days, now()),
  );

  app.get(
    '/success/customers/:companyDomain/health/diff',
    {
      schema: {
        tags: ['success'],
        summary: 'Why did the score change: two snapshots compared factor by factor',
        params: domainParams,
        querystring: z.object({ from: z.uuid(), to: z.uuid() }),
        response: { 200: healthDiffSchema },
      },
    },
    async (request) =>
      diffHealthSnapshots(
        db,
        requireActor(request),
        request.params.companyDomain,
        request.query.from,
        request.query.to,
      ),
  );

  app.post(
    '/success/health/recompute',
    {
      schema: {
        tags: ['success'],
        summary:
          'Rebuild the revenue ledger, then recompute every account’s health score (a snapshot where it changed)',
        response: { 200: z.object({ accounts: z.number().int(), durationMs: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = requireWriter(request);
      const started = Date.now();
      const { accounts } = await refreshDerivedData(db, actor.dataWorkspaceId, now());
      return { accounts, durationMs: Date.now() - started };
    },
  );
}
