import { integrationSchema, readinessSchema, type Integration, type Readiness } from '@success/shared/integrations';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiSession, ensureUser, ensureWorkspace, setDemoMode, setSuccessFlag } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

const viewer = {
  email: 'jared@piedpiper.test',
  password: 'donald-dunn-1234',
  name: 'Jared Dunn',
  role: 'viewer' as const,
};

const statusChip: Record<Readiness['connectors'][number]['status'], string> = {
  connected: 'Connected',
  available: 'Available',
  provider_missing: 'Not in catalog',
};

async function getReadiness(api: ApiSession, section: string): Promise<Readiness> {
  return readinessSchema.parse(await api.expectOk('GET', `/v3/rest/success/sections/${section}/setup`));
}

async function getIntegrations(api: ApiSession): Promise<Integration[]> {
  return z.object({ items: z.array(integrationSchema) }).parse(await api.expectOk('GET', '/v3/rest/integrations'))
    .items;
}

/** The status a card should show, from the API's own answer. */
function expectedCardStatus(integration: Integration): { status: string; label: string } {
  if (!integration.isAvailable && integration.status === 'not_connected')
    return { status: 'coming_soon', label: 'Coming soon' };
  const labels: Record<Integration['status'], string> = {
    healthy: 'Healthy',
    inactive: 'Waiting for first sync',
    disabled: 'Paused',
    errored: 'Error',
    reauth_needed: 'Needs re-auth',
    not_connected: 'Not connected',
  };
  return { status: integration.status, label: labels[integration.status] };
}

/** Every connector of the section's readiness is listed with the chip matching its API status. */
async function expectConnectorChips(page: Page, readiness: Readiness): Promise<void> {
  const panel = page.getByTestId('readiness-panel');
  await panel.waitFor();
  await panel.getByText(readiness.summary).waitFor();
  for (const connector of readiness.connectors) {
    const row = panel.getByTestId(`connector-${connector.provider}`);
    await row.getByText(connector.label, { exact: true }).waitFor();
    await row.getByText(statusChip[connector.status], { exact: true }).waitFor();
    expect(await row.getAttribute('data-status')).toBe(connector.status);
  }
  for (const step of readiness.nextSteps) await panel.getByText(step, { exact: true }).waitFor();
}

describe('integrations and section readiness', () => {
  const browser = useBrowser();
  let api: ApiSession;
  const viewerApi = new ApiSession();

  beforeAll(async () => {
    api = await ensureWorkspace();
    await setSuccessFlag(api, true);
    await setDemoMode(api, false);
    await ensureUser(api, viewer);
    await viewerApi.signIn(viewer.email, viewer.password);
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows the Contracts setup panel with connector statuses and a demo preview', async () => {
    const readiness = await getReadiness(api, 'contracts');
    expect(readiness.hasDemoPath).toBe(true);
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/contracts');
    await expectHeading(page, 'Contracts');
    await expectConnectorChips(page, readiness);
    const panel = page.getByTestId('readiness-panel');
    for (const system of readiness.reusedSystems) await panel.getByText(system.label, { exact: true }).waitFor();
    for (const path of readiness.fastPaths) await panel.getByRole('link', { name: path.label, exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Preview with demo data' }).waitFor();
    await saveScreenshot(page, 'contracts-readiness.png');

    // The fast path to Integrations works.
    await panel.getByRole('link', { name: 'Go to Integrations' }).click();
    await expectHeading(page, 'Integrations');
  });

  it('turns on demo data from a section’s setup panel', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/convert');
    await expectHeading(page, 'Convert');
    await page.getByTestId('readiness-panel').getByRole('button', { name: 'Preview with demo data' }).click();
    await page.getByText('you are previewing Pied Piper sample data').waitFor({ timeout: 60_000 });
    await page.getByTestId('readiness-panel').getByText('Demo data is on').waitFor();
    expect(await page.getByRole('button', { name: 'Preview with demo data' }).count()).toBe(0);
    await setDemoMode(api, false);
  });

  it('shows Re-engage’s setup panel without a demo path', async () => {
    const readiness = await getReadiness(api, 're-engage');
    expect(readiness.hasDemoPath).toBe(false);
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/re-engage');
    await expectHeading(page, 'Re-engage');
    await expectConnectorChips(page, readiness);
    await page.getByTestId('no-demo-path').getByText('Re-engage has no demo preview').waitFor();
    expect(await page.getByRole('button', { name: 'Preview with demo data' }).count()).toBe(0);
    await page.getByTestId('readiness-panel').getByRole('link', { name: 'Go to Integrations' }).waitFor();
  });

  it('lists every provider with its status, and an empty Unmatched list', async () => {
    const integrations = await getIntegrations(api);
    expect(integrations.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'Integrations');
    for (const integration of integrations) {
      const card = page.getByTestId(`integration-${integration.provider}`);
      await card.getByRole('heading', { level: 3, name: integration.displayName, exact: true }).waitFor();
      const expected = expectedCardStatus(integration);
      expect(await card.getAttribute('data-status')).toBe(expected.status);
      await card.getByText(expected.label, { exact: true }).waitFor();
      await card.getByText(integration.powers).waitFor();
      if (integration.status === 'not_connected' && integration.isAvailable) {
        await card.getByRole('button', { name: `Connect ${integration.displayName}` }).waitFor();
      }
    }
    await page.getByTestId('unmatched-empty').getByText('Every synced record is linked to an account.').waitFor();
    // The demo switch stays on this page.
    await page.getByRole('switch', { name: 'Preview with demo data' }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'integrations.png');
  });

  it('shows the provider’s own error next to the connect form when the connection test fails', async () => {
    const stripe = (await getIntegrations(api)).find((integration) => integration.provider === 'stripe');
    expect(stripe?.isAvailable, 'the Stripe connector is registered').toBe(true);
    expect(stripe?.status).toBe('not_connected');
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await page.getByTestId('integration-stripe').getByRole('button', { name: 'Connect Stripe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Stripe' });
    await dialog.waitFor();

    // Required fields are checked before anything is sent.
    await dialog.getByRole('button', { name: 'Connect Stripe' }).click();
    await dialog.getByText('Enter the secret or restricted key.').waitFor();

    const secret = dialog.getByLabel('Secret or restricted key', { exact: true });
    await secret.fill('sk_test_not_a_real_key');
    expect(await secret.getAttribute('type')).toBe('password');
    await dialog.getByRole('button', { name: 'Show Secret or restricted key' }).click();
    expect(await secret.getAttribute('type')).toBe('text');
    // Nothing listens on port 9: the server's connection test fails and says so in plain words.
    await dialog
      .getByLabel('API base URL (optional: self-hosted, EU region, or a local test server)')
      .fill('http://127.0.0.1:9');
    await dialog.getByRole('button', { name: 'Connect Stripe' }).click();
    const error = dialog.getByTestId('connect-error');
    await error.waitFor({ timeout: 45_000 });
    const text = (await error.textContent())?.trim() ?? '';
    expect(text).toMatch(/Stripe/);
    expect(text).not.toMatch(/\[object Object\]|undefined|invalid_response/);
    await dialog.getByText('Could not connect Stripe', { exact: true }).waitFor();
    await saveScreenshot(page, 'integrations-connect-error.png');

    // Nothing was saved.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('integration-stripe').getAttribute('data-status')).toBe('not_connected');
    const after = (await getIntegrations(api)).find((integration) => integration.provider === 'stripe');
    expect(after?.status).toBe('not_connected');
  });

  it('shows integrations read-only to a viewer', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, viewerApi, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    await page.getByText('Only admins can connect, pause, remove or link integrations.').waitFor();
    await page.getByTestId('integration-stripe').waitFor();
    expect(await page.getByRole('button', { name: /^Connect / }).count()).toBe(0);
  });
});
