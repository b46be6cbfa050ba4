import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, ensureUser, ensureWorkspace, setDemoMode, setSuccessFlag } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

// The same viewer 07-integrations creates (ensureUser leaves an existing one as it is).
const viewer = {
  email: 'jared@piedpiper.test',
  password: 'donald-dunn-1234',
  name: 'Jared Dunn',
  role: 'viewer' as const,
};

/** A company no other file (or the demo dataset) uses, so its counts are only this file's. */
const domain = `seefood-${Date.now().toString(36)}.example`;

const header = 'externalId,companyDomain,type,sentiment,score,text,source,evidenceUrl,occurredAt';

/** Two valid rows and, on spreadsheet row 3, an NPS score out of range (or, fixed, a valid one). */
function signalsCsv(npsScore: number): string {
  return [
    header,
    `csv-1,${domain},complaint,,,Exports time out every night,,,2026-11-01T09:00:00Z`,
    `csv-2,${domain},nps,,${npsScore},Would recommend if exports were faster,survey,,2026-11-02T09:00:00Z`,
    `csv-3,${domain},praise,,,"Middle-out, finally",,https://support.example.com/tickets/7,2026-11-03T09:00:00Z`,
  ].join('\n');
}

function importPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Import signals (CSV)' });
}

async function uploadCsv(panel: Locator, csv: string): Promise<void> {
  await panel
    .getByLabel('CSV file')
    .setInputFiles({ name: 'signals.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await panel.getByTestId('signal-import-file').getByText('Loaded signals.csv').waitFor();
}

/** Client-side navigation (as an in-app link does it), so the query cache survives and must be invalidated. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The "Signals" figure in Customer Detail's Linked records. */
async function expectSignalsCount(page: Page, count: number): Promise<void> {
  const linked = page.getByRole('region', { name: 'Linked records' });
  await linked.waitFor();
  const value = linked
    .locator('div')
    .filter({ has: page.locator('dt', { hasText: /^Signals$/ }) })
    .locator('dd');
  await value.getByText(String(count), { exact: true }).waitFor();
}

describe('importing signals from CSV', () => {
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

  it('offers a template with the header and an example row', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    const panel = importPanel(page);
    const help = panel.getByTestId('signal-csv-help');
    await help.getByText('POST /v3/rest/success/signals', { exact: true }).waitFor();
    await help.getByText('POST /v3/rest/success/calls', { exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      help.getByRole('link', { name: 'Download template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('signals-template.csv');
    const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    expect(lines[0]).toBe(header);
    expect(lines).toHaveLength(2);
  });

  it('previews an upload without writing, imports the valid rows, and takes the fixed file again', async () => {
    expect((await api.request('GET', `/v3/rest/success/customers/${domain}`)).status).toBe(404);
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    const panel = importPanel(page);

    await uploadCsv(panel, signalsCsv(11));
    await panel.getByRole('button', { name: 'Preview', exact: true }).click();
    await panel.getByTestId('signal-preview-summary').getByText('3 rows, 2 valid, 1 with errors').waitFor();
    const table = panel.getByRole('table', { name: 'Preview of valid rows' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await table.getByText('Exports time out every night').waitFor();
    await table.getByText('Middle-out, finally').waitFor();
    expect(await table.getByText(domain, { exact: true }).count()).toBe(2);
    const errors = panel.getByRole('list', { name: 'Rows with errors (they will not be imported)' });
    await errors.getByText(/^Row 3 \(csv-2\): score: /).waitFor();
    expect(await errors.getByRole('listitem').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'signals-import-preview.png');

    // A preview writes nothing.
    expect((await api.request('GET', `/v3/rest/success/customers/${domain}`)).status).toBe(404);

    await panel.getByRole('button', { name: 'Import 2 valid rows' }).click();
    await panel.getByTestId('signal-import-success').getByText('2 created, 0 updated, 0 unchanged.').waitFor();
    // The refused row stays listed so it can be fixed, and focus moves to the announced result.
    await panel
      .getByRole('list', { name: 'Rows not imported: fix them and upload the file again' })
      .getByText(/^Row 3 \(csv-2\): score: /)
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('signal-import-status');
    await saveScreenshot(page, 'signals-import-done.png');

    const customer = await api.expectOk('GET', `/v3/rest/success/customers/${domain}`);
    expect(customer).toMatchObject({ counts: { signals: 2 } });

    await navigateInApp(page, `/success/customers/${domain}`);
    await expectSignalsCount(page, 2);

    // Fix row 3 and upload the whole file again: the two imported rows come back unchanged.
    await navigateInApp(page, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    await uploadCsv(panel, signalsCsv(9));
    await panel.getByRole('button', { name: 'Preview', exact: true }).click();
    await panel.getByTestId('signal-preview-summary').getByText('3 rows, 3 valid, 0 with errors').waitFor();
    expect(await panel.getByTestId('signal-import-errors').count()).toBe(0);
    await panel.getByRole('button', { name: 'Import 3 valid rows' }).click();
    await panel.getByTestId('signal-import-success').getByText('1 created, 0 updated, 2 unchanged.').waitFor();

    // Customer Detail was cached a moment ago: the import must have invalidated it.
    await navigateInApp(page, `/success/customers/${domain}`);
    await expectSignalsCount(page, 3);
  });

  it('names missing columns and can be driven from the keyboard', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    const panel = importPanel(page);
    const textarea = panel.getByLabel('Or paste CSV text');
    await textarea.fill('domain,words\nhooli.com,hi');
    // Tab from the text box to Preview and press Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Preview');
    await page.keyboard.press('Enter');
    await panel.getByTestId('signal-preview-summary').getByText('no data rows found').waitFor();
    await panel
      .getByTestId('signal-import-errors')
      .getByText(/^Row 1: Missing columns: externalId, companyDomain, type, text, occurredAt\./)
      .waitFor();
    await panel.getByText('No valid rows to import.').waitFor();
    expect(await panel.getByRole('button', { name: /^Import / }).count()).toBe(0);
  });

  it('is read-only for a viewer, whom the API refuses too', async () => {
    const refused = await viewerApi.request('POST', '/v3/rest/success/signals/import', {
      csv: signalsCsv(9),
      dryRun: true,
    });
    expect(refused.status).toBe(403);
    const page = await browser.newPage();
    await openSignedIn(page, viewerApi, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    const panel = importPanel(page);
    await panel
      .getByTestId('signal-import-read-only')
      .getByText('Only members and admins can import signals.')
      .waitFor();
    await panel.getByRole('link', { name: 'Download template' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Preview', exact: true }).count()).toBe(0);
    expect(await panel.getByLabel('CSV file').count()).toBe(0);
  });
});
