import { type AccountSummary, accountSummarySchema } from '@success/shared/accounts';
import { customerDetailSchema } from '@success/shared/customers';
import { healthSummarySchema } from '@success/shared/health';
import { type LedgerRow, ledgerRowSchema } from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspace, setDemoMode, setSuccessFlag, type ApiSession, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

const accountPage = pageSchema(accountSummarySchema);
const ledgerPage = pageSchema(ledgerRowSchema);

/** Hooli when the demo has it renewing; otherwise the first tracked account with a renewal date. */
async function pickRenewingAccount(api: ApiSession): Promise<AccountSummary> {
  const items = accountPage.parse(
    await api.expectOk('GET', '/v3/rest/success/health?limit=200&sort=renewal&order=asc&renewalWithinDays=180'),
  ).items;
  const renewing = items.filter((item) => item.daysToRenewal !== null && item.daysToRenewal >= 0);
  const picked =
    renewing.find((item) => item.domain === 'hooli.xyz') ??
    renewing.find((item) => item.domain === 'hooli.com') ??
    renewing[0];
  if (!picked) throw new Error('The demo has no tracked account renewing within 180 days.');
  return picked;
}

/** The smallest Renewals window (30/60/90/180 days) that holds a renewal `days` away. */
function windowFor(days: number): 30 | 60 | 90 | 180 {
  return ([30, 60, 90, 180] as const).find((window) => days <= window) ?? 180;
}

/**
 * Scrolls a virtualized grid (and loads more pages) until `target` is rendered; the grids only
 * draw the rows in view.
 */
async function revealRow(page: Page, grid: Locator, target: Locator): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    if ((await target.count()) > 0) {
      await target.first().scrollIntoViewIfNeeded();
      return;
    }
    const atBottom = await grid.evaluate((table) => {
      let node: HTMLElement | null = table.parentElement;
      while (node && node.scrollHeight <= node.clientHeight) node = node.parentElement;
      if (!node) return true;
      const before = node.scrollTop;
      node.scrollTop += node.clientHeight * 0.8;
      return node.scrollTop === before;
    });
    if (atBottom) {
      const more = page.getByRole('button', { name: /load more/i });
      if ((await more.count()) === 0) break;
      await more.first().click();
    }
    await page.waitForTimeout(100);
  }
  await target.first().waitFor({ timeout: 5_000 });
}

async function daysOf(cell: Locator): Promise<number> {
  await cell.waitFor();
  const days = await cell.getAttribute('data-days');
  if (days === null) throw new Error('The renewal cell has no day count.');
  return Number(days);
}

/** "in 12 days" / "today" / "tomorrow" as the cell words a day count. */
function wordsFor(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

describe('One day count for a renewal on every page', () => {
  const browser = useBrowser();
  let api: ApiSession;
  let account: AccountSummary;
  let apiDays: number;

  beforeAll(async () => {
    api = await startFreshDemo();
    account = await pickRenewingAccount(api);
    apiDays = account.daysToRenewal!;
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('agrees across the APIs: Health, Contracts ledger, Renewals, Customer Detail and the factor text', async () => {
    const detail = customerDetailSchema.parse(
      await api.expectOk('GET', `/v3/rest/success/customers/${account.domain}`),
    );
    expect(detail.account.daysToRenewal).toBe(apiDays);
    const ledger = ledgerPage.parse(
      await api.expectOk('GET', `/v3/rest/success/contracts?q=${encodeURIComponent(account.domain)}&limit=50`),
    ).items;
    const renewing = ledger.filter((row) => row.renewalDate === account.renewalDate);
    expect(renewing.length).toBeGreaterThan(0);
    for (const row of renewing) expect(row.daysToRenewal).toBe(apiDays);
    const health = (await api.expectOk('GET', `/v3/rest/success/customers/${account.domain}/health`)) as {
      current: { factors: { key: string; detail?: string }[] } | null;
    };
    const factor = health.current?.factors.find((f) => f.key === 'renewal.approaching');
    if (factor && apiDays <= 90)
      expect(factor.detail).toContain(apiDays === 0 ? 'Renews today' : `Renews in ${apiDays} day`);
  });

  it('shows the same number on Health, the Contracts ledger, Renewals and Customer Detail', async () => {
    const page = await browser.newPage();

    // Health queue, narrowed to the account.
    await openSignedIn(page, api, `/success/health?q=${encodeURIComponent(account.domain)}`);
    await expectHeading(page, 'Health');
    const healthRow = page.locator(`tbody tr[data-domain="${account.domain}"]`);
    await healthRow.waitFor();
    const healthCell = healthRow.getByTestId('renewal-cell');
    expect(await daysOf(healthCell)).toBe(apiDays);
    expect(await healthCell.textContent()).toContain(wordsFor(apiDays));
    await saveScreenshot(page, '15-health-day-count.png');

    // Contracts ledger, searched to the account: every row renewing on the account's date agrees.
    const ledger = ledgerPage.parse(
      await api.expectOk('GET', `/v3/rest/success/contracts?q=${encodeURIComponent(account.domain)}&limit=50`),
    ).items;
    const ledgerRow: LedgerRow = ledger.find((row) => row.renewalDate === account.renewalDate)!;
    await openSignedIn(page, api, `/success/contracts?q=${encodeURIComponent(account.domain)}`);
    await expectHeading(page, 'Contracts');
    const ledgerTable = page.getByRole('table', { name: 'Contracts ledger' });
    const ledgerCell = ledgerTable
      .locator(`[data-testid="ledger-row"][data-id="${ledgerRow.id}"]`)
      .getByTestId('renewal-cell');
    expect(await daysOf(ledgerCell)).toBe(apiDays);
    expect(await ledgerCell.textContent()).toContain(wordsFor(apiDays));

    // Renewals tab, in the smallest window that holds the date.
    const window = windowFor(apiDays);
    await openSignedIn(page, api, `/success/contracts?view=renewals&withinDays=${window}`);
    await expectHeading(page, 'Contracts');
    const renewals = page.getByRole('table', { name: `Renewals in the next ${window} days` });
    await renewals.waitFor();
    const renewalRow = renewals.locator(`[data-testid="ledger-row"][data-id="${ledgerRow.id}"]`);
    await revealRow(page, renewals, renewalRow);
    expect(await daysOf(renewalRow.getByTestId('renewal-cell'))).toBe(apiDays);
    // Side by side, rows renewing on the same calendar day show the same count.
    const cells = await renewals
      .getByTestId('renewal-cell')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.querySelector('time')?.textContent ?? '', node.getAttribute('data-days') ?? '']),
      );
    const byDate = new Map<string, Set<string>>();
    for (const [date, days] of cells) byDate.set(date!, (byDate.get(date!) ?? new Set()).add(days!));
    for (const [date, counts] of byDate) expect([...counts], `day counts shown for ${date}`).toHaveLength(1);

    // Customer Detail: the renewal card and the renewal factor's text.
    await openSignedIn(page, api, `/success/customers/${account.domain}`);
    await expectHeading(page, account.name);
    const card = page.getByTestId('metric-renewal');
    expect(await daysOf(card)).toBe(apiDays);
    if (apiDays >= 0) expect(await card.textContent()).toContain(`${apiDays} day`);
    const renewalFactor = page.getByTestId('health-factor').filter({ hasText: /Renews (in \d+ days?|today)/ });
    if (apiDays <= 90) {
      await renewalFactor.first().waitFor();
      const text = (await renewalFactor.first().textContent()) ?? '';
      const shown = /Renews today/.test(text) ? 0 : Number(/Renews in (\d+) days?/.exec(text)?.[1]);
      expect(shown).toBe(apiDays);
    }
    await saveScreenshot(page, '15-customer-detail-day-count.png');
  });
});

describe('Formatting and rough edges', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await ensureWorkspace();
    await setSuccessFlag(api, true);
    await setDemoMode(api, true);
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows conflict values formatted, in one period, in the Contracts sheet and on Customer Detail', async () => {
    const conflicts = ledgerPage.parse(
      await api.expectOk('GET', '/v3/rest/success/contracts?reconciliation=conflict&limit=50'),
    ).items;
    const row = conflicts.find((item) => item.account && item.conflicts.length > 0);
    expect(row, 'a conflicting row in the demo ledger').toBeDefined();
    const page = await browser.newPage();
    await openSignedIn(
      page,
      api,
      `/success/contracts?q=${encodeURIComponent(row!.account!.domain)}&contract=${row!.id}`,
    );
    const sheet = page.getByTestId('contract-sheet');
    const lines = sheet.getByTestId('conflict-field');
    await lines.first().waitFor();
    const texts = await lines.allTextContents();
    for (const text of texts) {
      expect(text).not.toMatch(/\d+\.\d{2} [A-Z]{3}/); // no raw "59015.00 USD"
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no raw "2027-03-04"
    }
    const amount = sheet.locator('[data-testid="conflict-field"][data-field="amount"]');
    if ((await amount.count()) > 0) {
      const text = (await amount.textContent()) ?? '';
      const periods = text.match(/\/(mo|yr)\b/g) ?? [];
      expect(periods).toHaveLength(2);
      expect(new Set(periods).size).toBe(1);
    }

    await openSignedIn(page, api, `/success/customers/${row!.account!.domain}`);
    await expectHeading(page, row!.account!.name);
    const detailLines = page.getByTestId('revenue-conflicts').getByTestId('conflict-field');
    await detailLines.first().waitFor();
    for (const text of await detailLines.allTextContents()) {
      expect(text).not.toMatch(/\d+\.\d{2} [A-Z]{3}/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('labels whose scope each renewals total counts', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/health');
    await expectHeading(page, 'Health');
    await page
      .getByTestId('summary-renewals-d30')
      .getByText(/tracked accounts?/)
      .waitFor();
    await openSignedIn(page, api, '/success/contracts');
    await expectHeading(page, 'Contracts');
    expect(await page.getByTestId('total-renewing-scope').textContent()).toContain('Every ledger row');
  });

  it('shows an empty state, not a $0 axis, when no band has ARR', async () => {
    const page = await browser.newPage();
    // The summary as a workspace without revenue has it: every band at zero ARR.
    await page.route('**/v3/rest/success/health/summary', async (route) => {
      const response = await route.fetch();
      const summary = healthSummarySchema.parse(await response.json());
      for (const band of Object.keys(summary.arrByBand) as (keyof typeof summary.arrByBand)[]) {
        summary.arrByBand[band] = { amount: 0, currency: summary.currency };
      }
      await route.fulfill({ response, json: summary });
    });
    await openSignedIn(page, api, '/success/health');
    await expectHeading(page, 'Health');
    await page.getByTestId('arr-by-band-empty').waitFor();
    expect(await page.getByTestId('arr-by-band-chart').count()).toBe(0);
  });

  it('keeps the Contracts filter popovers on screen', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/contracts');
    await expectHeading(page, 'Contracts');
    const buttons = page.locator('[data-testid^="filter-"][aria-haspopup="dialog"]');
    await buttons.first().waitFor();
    // Short and narrow windows put some button near the bottom or right edge.
    let nearEdge = 0;
    for (const [width, height] of [
      [1440, 640],
      [1024, 600],
      [560, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (let index = 0; index < (await buttons.count()); index += 1) {
        const button = buttons.nth(index);
        await button.scrollIntoViewIfNeeded();
        await button.click();
        const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
        await panel.waitFor();
        const [anchor, box] = await Promise.all([button.boundingBox(), panel.boundingBox()]);
        const where = `${width}×${height}: ${await button.textContent()}`;
        if (anchor!.x + box!.width > width || anchor!.y + anchor!.height + box!.height > height) nearEdge += 1;
        expect(box!.x, where).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, where).toBeLessThanOrEqual(width);
        expect(box!.y, where).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, where).toBeLessThanOrEqual(height);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'hidden' });
      }
    }
    // Some button sat where a panel hung below it, left-aligned, would have run off the screen.
    expect(nearEdge).toBeGreaterThan(0);
  });

  it('gives the Members role menu its intended width', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings');
    const role = page.getByLabel(/^Role of /).first();
    await role.waitFor();
    const box = await role.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(100);
    expect(box!.width).toBeLessThanOrEqual(130);
  });

  it('does not offer the demo preview in demo mode, nor a fast path from Convert to Convert', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/convert');
    await expectHeading(page, 'Convert');
    await page.getByText('Fast paths').waitFor();
    expect(await page.getByRole('button', { name: 'Preview with demo data' }).count()).toBe(0);
    expect(await page.getByText('Or preview the section with the Pied Piper demo data.').count()).toBe(0);
    expect(await page.locator('main a[href="/success/convert"]').count()).toBe(0);
  });
});
