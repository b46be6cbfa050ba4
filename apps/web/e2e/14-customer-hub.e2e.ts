import { type CustomerDetail, customerDetailSchema } from '@success/shared/customers';
import { type LedgerRow, ledgerRowSchema } from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import { type Route, routeSchema } from '@success/shared/routing';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatMoney } from '../src/lib/format';
import { ApiSession, ensureUser, setDemoMode, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

const domain = 'hooli.com';
const routePage = pageSchema(routeSchema);
const revenueSchema = z.object({ items: z.array(ledgerRowSchema) });

async function getCustomer(api: ApiSession, accountDomain = domain): Promise<CustomerDetail> {
  return customerDetailSchema.parse(await api.expectOk('GET', `/v3/rest/success/customers/${accountDomain}`));
}

async function getRevenue(api: ApiSession, accountDomain = domain): Promise<LedgerRow[]> {
  return revenueSchema.parse(await api.expectOk('GET', `/v3/rest/success/customers/${accountDomain}/revenue`)).items;
}

async function getRoutes(api: ApiSession, query: string): Promise<Route[]> {
  return routePage.parse(await api.expectOk('GET', `/v3/rest/success/routes?${query}`)).items;
}

async function openAccount(page: Page, api: ApiSession, name: string, accountDomain = domain): Promise<void> {
  await openSignedIn(page, api, `/success/customers/${accountDomain}`);
  await expectHeading(page, name);
}

function arrCard(page: Page): Locator {
  return page.getByTestId('metric-arr');
}

/** The ARR card's amount in minor units, or null when it shows none. */
async function shownArr(page: Page): Promise<string | null> {
  return arrCard(page).getAttribute('data-amount');
}

describe('Customer Detail: metrics, revenue sources, enrichment and footer actions', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows the badges and the four metric cards from the API', async () => {
    const detail = await getCustomer(api);
    const { account, metrics } = detail;
    const page = await browser.newPage();
    await openAccount(page, api, account.name);
    const main = page.getByRole('main');
    if (account.health)
      expect(await main.getByTestId('health-band').first().getAttribute('data-band')).toBe(account.health.band);
    expect(await main.getByTestId('tracking-badge').textContent()).toBe('Tracked');
    if (account.revenueBadge)
      expect(await main.getByTestId('revenue-badge').first().getAttribute('data-source')).toBe(account.revenueBadge);

    const metricsGroup = page.getByRole('group', { name: 'Account metrics' });
    await metricsGroup.waitFor();
    expect(await shownArr(page)).toBe(account.arr ? String(account.arr.amount) : null);
    if (account.arr)
      expect((await arrCard(page).getByTestId('metric-value').textContent())?.trim()).toBe(formatMoney(account.arr));
    if (account.mrr)
      await arrCard(page)
        .getByText(`MRR ${formatMoney(account.mrr)}`)
        .waitFor();
    const users = page.getByTestId('metric-active-users');
    if (metrics.activeUsers !== null) {
      expect(await users.getAttribute('data-active')).toBe(String(metrics.activeUsers));
      expect((await users.getByTestId('metric-value').textContent())?.trim()).toMatch(
        new RegExp(`^${metrics.activeUsers.toLocaleString('en-US')}`),
      );
    }
    const renewal = page.getByTestId('metric-renewal');
    if (account.daysToRenewal !== null && account.daysToRenewal >= 0) {
      expect(await renewal.getAttribute('data-days')).toBe(String(account.daysToRenewal));
    }
    expect(await renewal.getAttribute('data-payment-state')).toBe(account.paymentState);
  });

  it('ignores a revenue source from ARR with a reason, updating the ARR card, and counts it again', async () => {
    const before = await getCustomer(api);
    const rows = await getRevenue(api);
    expect(rows.length).toBeGreaterThan(0);
    // A row that counts in the account's ARR now.
    const counted = rows.filter((item) => !item.isIgnoredFromArr && item.reportingArr.amount > 0);
    const row = counted.find((item) => item.status === 'active') ?? counted[0] ?? rows[0]!;
    const page = await browser.newPage();
    await openAccount(page, api, before.account.name);
    const region = page.getByRole('region', { name: 'Revenue sources' });
    const cards = region.getByTestId('revenue-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(rows.length);
    const card = region.locator(`[data-row-id="${row.id}"]`);
    await card.getByRole('heading', { name: row.productName }).waitFor();
    expect(await card.getByTestId('revenue-arr').getAttribute('data-amount')).toBe(String(row.reportingArr.amount));
    expect(await card.getAttribute('data-ignored')).toBe('false');
    if (row.reconciliation === 'conflict') await card.getByTestId('revenue-conflicts').waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-hub.png');

    // Ignoring asks for a reason first.
    const toggle = card.getByRole('switch', { name: 'Ignore from ARR' });
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: `Ignore ${row.productName} from ARR?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ignore from ARR' }).click();
    await dialog.getByText('Say why this revenue is ignored from ARR.').waitFor();
    await dialog.getByLabel('Reason').fill('Duplicate of the Salesbricks order form');
    await dialog.getByRole('button', { name: 'Ignore from ARR' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await card.getAttribute('data-ignored')).toBe('true');
    await card.getByText('Not counted: Duplicate of the Salesbricks order form').waitFor();

    // The ARR card shows the account's new ARR, the one the API now reports.
    const ignored = await getCustomer(api);
    expect(ignored.account.arr?.amount ?? null).not.toBe(before.account.arr?.amount ?? null);
    await expect.poll(() => shownArr(page)).toBe(ignored.account.arr ? String(ignored.account.arr.amount) : null);
    const ignoredRow = (await getRevenue(api)).find((item) => item.id === row.id);
    expect(ignoredRow?.isIgnoredFromArr).toBe(true);
    expect(ignoredRow?.ignoreReason).toBe('Duplicate of the Salesbricks order form');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-revenue-ignored.png');

    // Counting it again needs no reason and restores the ARR.
    await toggle.click();
    await expect.poll(() => card.getAttribute('data-ignored')).toBe('false');
    await expect.poll(() => shownArr(page)).toBe(before.account.arr ? String(before.account.arr.amount) : null);
    expect((await getCustomer(api)).account.arr?.amount ?? null).toBe(before.account.arr?.amount ?? null);
  });

  it('shows the HubSpot enrichment, or a friendly empty state when there is none', async () => {
    const detail = await getCustomer(api);
    const page = await browser.newPage();
    await openAccount(page, api, detail.account.name);
    if (detail.enrichment) {
      const panel = page.getByTestId('enrichment-panel');
      await panel.waitFor();
      expect(await panel.getByTestId('enrichment-fact').count()).toBeGreaterThan(0);
    } else {
      // The demo sample has no HubSpot companies.
      const empty = page.getByTestId('enrichment-empty');
      await empty.getByText('No CRM profile for this account yet').waitFor();
      await empty.getByRole('link', { name: 'Connect HubSpot' }).waitFor();
    }
    // View in CRM follows the first CRM link, and is hidden when there is none.
    const crm = page.getByRole('link', { name: /^View in CRM/ });
    if (detail.crmLinks[0]) expect(await crm.getAttribute('href')).toBe(detail.crmLinks[0].url);
    else expect(await crm.count()).toBe(0);
  });

  it('drafts an outreach email from the account state and copies it', async () => {
    const detail = await getCustomer(api);
    const page = await browser.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAccount(page, api, detail.account.name);
    await page.getByRole('button', { name: 'Draft email' }).click();
    const dialog = page.getByRole('dialog', { name: `Draft email to ${detail.account.name}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('To').inputValue()).toBe(detail.account.primaryContactEmail ?? '');
    expect(await dialog.getByLabel('Subject').inputValue()).toContain(detail.account.name);
    const body = await dialog.getByLabel('Body').inputValue();
    expect(body).toContain(detail.account.name);
    const firstName = detail.account.primaryContactName?.split(' ')[0];
    if (firstName) expect(body.startsWith(`Hi ${firstName},`)).toBe(true);
    // Addressed to the customer: internal risk labels never appear.
    for (const factor of detail.account.health?.topFactors ?? []) expect(body).not.toContain(factor.label);

    // The draft is editable, and the edit is what gets copied.
    await dialog.getByLabel('Subject').fill(`${detail.account.name}: renewal plan`);
    await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
    await dialog.getByText('Copied to clipboard').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Subject: ${detail.account.name}: renewal plan`);
    await saveScreenshot(page, 'customer-draft-email.png');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('routes the account to Convert and untracks it', async () => {
    const detail = await getCustomer(api);
    const name = detail.account.name;
    const page = await browser.newPage();
    await openAccount(page, api, name);

    await page
      .getByRole('group', { name: 'Route this account' })
      .getByRole('button', { name: 'Route to Convert' })
      .click();
    const routeDialog = page.getByRole('dialog', { name: `Route ${name} to Convert` });
    await routeDialog.getByLabel('Reason').fill('Wants the enterprise tier before renewal');
    await routeDialog.getByRole('button', { name: 'Route to Convert' }).click();
    await routeDialog.waitFor({ state: 'hidden' });
    await page.getByText(`Routed ${name} to Convert`).waitFor();
    expect((await getRoutes(api, 'to=convert&state=open')).map((route) => route.account.domain)).toContain(domain);

    await page.getByRole('button', { name: 'Untrack', exact: true }).click();
    const untrack = page.getByRole('dialog', { name: `Untrack ${name}?` });
    await untrack.getByRole('button', { name: `Untrack ${name}` }).click();
    await untrack.waitFor({ state: 'hidden' });
    await page
      .getByRole('main')
      .getByTestId('tracking-badge')
      .filter({ hasText: /^Untracked$/ })
      .waitFor();
    expect((await getCustomer(api)).account.isTracked).toBe(false);
    // It leaves the tracked Health queue.
    const queue = pageSchema(z.object({ domain: z.string() })).parse(
      await api.expectOk('GET', '/v3/rest/success/health?limit=200'),
    );
    expect(queue.items.map((item) => item.domain)).not.toContain(domain);
  });

  it('previews health settings: how many accounts change band, and problems next to fields', async () => {
    const current = (await api.expectOk('GET', '/v3/rest/success/health/settings')) as {
      settings: { bands: { healthy: number; atRisk: number } };
    };
    const stricter = { ...current.settings, bands: { healthy: 90, atRisk: current.settings.bands.atRisk } };
    const expected = (await api.expectOk('POST', '/v3/rest/success/health/settings/preview', {
      settings: stricter,
    })) as { total: number; changed: number };

    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings');
    await expectHeading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Health scoring' });
    await section.getByLabel('Healthy at or above').fill('90');
    await section.getByText('1 unsaved change').waitFor();
    await section.getByRole('button', { name: 'Preview' }).click();
    const preview = section.getByTestId('health-settings-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-changed')).toBe(String(expected.changed));
    expect(await preview.getAttribute('data-total')).toBe(String(expected.total));
    await preview
      .getByText(
        expected.changed === 0
          ? /No account would change band/
          : new RegExp(`^${expected.changed} accounts? of ${expected.total} would change band`),
      )
      .waitFor();
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'settings-health-preview.png');

    // A threshold the server refuses: its words appear next to the field, nothing is saved.
    await section.getByLabel('At risk at or above').fill('95');
    await section.getByRole('button', { name: 'Preview' }).click();
    await section.getByText(/The at-risk threshold \(95\) must be below the healthy threshold \(90\)/).waitFor();
    const atRiskInput = section.getByLabel('At risk at or above');
    expect(await atRiskInput.getAttribute('aria-invalid')).toBe('true');

    // Discard: back to the saved settings, which never changed.
    await section.getByRole('button', { name: 'Discard changes' }).click();
    await section.getByText('No unsaved changes').waitFor();
    expect(await section.getByLabel('Healthy at or above').inputValue()).toBe(String(current.settings.bands.healthy));
    const after = (await api.expectOk('GET', '/v3/rest/success/health/settings')) as typeof current;
    expect(after.settings.bands).toEqual(current.settings.bands);
  });

  it('shows members and viewers the health settings read-only', async () => {
    // The same viewer 07 and 10 create (ensureUser leaves an existing one as it is).
    const viewer = await ensureUser(api, {
      email: 'jared@piedpiper.test',
      password: 'donald-dunn-1234',
      name: 'Jared Dunn',
      role: 'viewer',
    });
    const viewerApi = new ApiSession();
    await viewerApi.signIn(viewer.email, viewer.password);
    const page = await browser.newPage();
    await openSignedIn(page, viewerApi, '/settings');
    await expectHeading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Health scoring' });
    await section.getByText('Only admins can change health scoring.').waitFor();
    expect(await section.getByLabel('Healthy at or above').isDisabled()).toBe(true);
    expect(await section.getByRole('button', { name: 'Preview' }).count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Save and rescore' }).count()).toBe(0);
  });
});
