import { type AccountSummary, accountSummarySchema } from '@success/shared/accounts';
import { customerDetailSchema } from '@success/shared/customers';
import { healthSummarySchema } from '@success/shared/health';
import { pageSchema } from '@success/shared/pagination';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSourceCounts } from '../src/features/customers/source-counts';
import { formatDate } from '../src/lib/format';
import { setDemoMode, type ApiSession, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { chooseFilter, expectHeading, openSignedIn } from './support/flows';

const accountPage = pageSchema(accountSummarySchema);

async function listAccounts(api: ApiSession, query = ''): Promise<AccountSummary[]> {
  return accountPage.parse(await api.expectOk('GET', `/v3/rest/success/health?limit=200&${query}`)).items;
}

function queue(page: Page): Locator {
  return page.getByRole('table');
}

function renderedDomains(page: Page): Promise<string[]> {
  return queue(page)
    .locator('tbody tr[data-domain]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-domain') ?? ''));
}

/** The rendered (virtualized) top of the table is the API's list, in order. */
async function expectQueue(page: Page, accounts: readonly AccountSummary[]): Promise<void> {
  const expected = accounts.map((account) => account.domain);
  await expect
    .poll(async () => {
      const rendered = await renderedDomains(page);
      return (
        rendered.length >= Math.min(expected.length, 10) &&
        rendered.every((domain, index) => domain === expected[index])
      );
    })
    .toBe(true);
}

async function openHealth(page: Page, api: ApiSession, search = ''): Promise<void> {
  await openSignedIn(page, api, `/success/health${search}`);
  await expectHeading(page, 'Health');
  await queue(page).locator('tbody tr[data-domain]').first().waitFor();
}

/** The band rank of the triage order: critical, at risk, not enough data, healthy, then unscored. */
function bandRank(account: AccountSummary): number {
  const band = account.health?.band;
  return band === 'critical' ? 0 : band === 'at_risk' ? 1 : band === 'not_enough_data' ? 2 : band === 'healthy' ? 3 : 4;
}

describe('Health: triage order, churned accounts, readable names and no third-party requests', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('opens in triage order: critical first, then ARR at risk, then the lowest score', async () => {
    const accounts = await listAccounts(api);
    expect(accounts.length).toBeGreaterThan(10);
    // The API's default is the triage order.
    expect(accounts.map((account) => account.domain)).toEqual(
      (await listAccounts(api, 'sort=triage')).map((account) => account.domain),
    );
    for (let index = 1; index < accounts.length; index += 1) {
      const before = accounts[index - 1]!;
      const after = accounts[index]!;
      expect(bandRank(before), `${before.domain} before ${after.domain}`).toBeLessThanOrEqual(bandRank(after));
      if (bandRank(before) === bandRank(after) && bandRank(before) < 2) {
        expect(before.arrAtRisk?.amount ?? 0).toBeGreaterThanOrEqual(after.arrAtRisk?.amount ?? 0);
      }
    }
    expect(accounts[0]?.health?.band).toBe('critical');

    const page = await browser.newPage();
    await openHealth(page, api);
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Sort accounts' }).inputValue()).toBe('triage');
    await expectQueue(page, accounts);

    // Another order from the menu, and back.
    await page.getByRole('combobox', { name: 'Sort accounts' }).selectOption('name');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await expectQueue(page, await listAccounts(api, 'sort=name'));
    await page.getByRole('combobox', { name: 'Sort accounts' }).selectOption('triage');
    await page.waitForURL((url) => !url.searchParams.has('sort'));
    await expectQueue(page, accounts);
  });

  it('lists Bachmanity only under Churned, with its churn date and last MRR', async () => {
    const churned = await listAccounts(api, 'band=churned');
    const bachmanity = churned.find((account) => account.domain === 'bachmanity.com');
    expect(bachmanity?.churn).not.toBeNull();
    expect(bachmanity?.health).toBeNull();
    expect((await listAccounts(api)).map((account) => account.domain)).not.toContain('bachmanity.com');
    const summary = healthSummarySchema.parse(await api.expectOk('GET', '/v3/rest/success/health/summary'));
    expect(summary.churned.accounts).toBe(churned.length);

    const page = await browser.newPage();
    await openHealth(page, api);
    expect(await renderedDomains(page)).not.toContain('bachmanity.com');
    const apart = page.getByTestId('summary-churned');
    expect(await apart.getAttribute('data-count')).toBe(String(summary.churned.accounts));

    await chooseFilter(page, 'Band', 'Churned');
    await page.waitForURL((url) => url.searchParams.get('band') === 'churned');
    await expectQueue(page, churned);
    const row = queue(page).locator('tr[data-domain="bachmanity.com"]');
    const churn = bachmanity!.churn!;
    expect(await row.getByTestId('churn-date').getAttribute('datetime')).toBe(churn.churnedAt);
    expect((await row.getByTestId('churn-date').textContent())?.trim()).toBe(formatDate(churn.churnedAt));
    expect(await row.getByTestId('churn-last-mrr').getAttribute('data-amount')).toBe(String(churn.lastMrr?.amount));
    expect(await row.getByTestId('health-band').getAttribute('data-band')).toBe('churned');
    // No score for a churned account.
    expect(await row.locator('[data-score]').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.getByRole('group', { name: 'Filter accounts' }).evaluate((element) => element.scrollIntoView());
    await saveScreenshot(page, 'health-churned.png');
  });

  for (const width of [1440, 1024]) {
    it(`shows every account name in full at ${width} px, without sideways scrolling`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await openHealth(page, api);
      const measures = await queue(page)
        .getByTestId('account-name')
        .evaluateAll((links) =>
          links.map((link) => {
            const cell = link.closest('td')!;
            return {
              name: link.textContent ?? '',
              link: [link.scrollWidth, link.clientWidth],
              cell: [cell.scrollWidth, cell.clientWidth],
            };
          }),
        );
      expect(measures.length).toBeGreaterThan(5);
      for (const measure of measures) {
        expect(measure.link[0], measure.name).toBeLessThanOrEqual(measure.link[1]!);
        expect(measure.cell[0], measure.name).toBeLessThanOrEqual(measure.cell[1]!);
      }
      const scroller = page.getByTestId('account-table-scroll');
      const [scrollWidth, clientWidth] = await scroller.evaluate((element) => [
        element.scrollWidth,
        element.clientWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.waitForLoadState('networkidle');
      // The queue itself, not the summary above it.
      await page.getByRole('group', { name: 'Filter accounts' }).evaluate((element) => element.scrollIntoView());
      await saveScreenshot(page, `health-triage-${width}.png`);
    });
  }

  it('loads Health and an account without a request to any other host', async () => {
    const accounts = await listAccounts(api, 'includeUntracked=true');
    expect(accounts.filter((account) => account.logoUrl !== null)).toEqual([]);

    const page = await browser.newPage();
    const origin = new URL(browser.baseUrl).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) foreign.push(request.url());
    });
    await openHealth(page, api);
    await page.getByTestId('avatar-fallback').first().waitFor();
    expect(await page.getByTestId('avatar-image').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await queue(page).getByTestId('account-name').first().click();
    await page.getByTestId('health-band').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  it('counts a merged Stripe + Salesbricks pair as one source on both panels of Customer Detail', async () => {
    const [merged] = await listAccounts(api, 'source=merged');
    expect(merged).toBeDefined();
    const detail = customerDetailSchema.parse(
      await api.expectOk('GET', `/v3/rest/success/customers/${merged!.domain}`),
    );
    expect(detail.counts.revenueRecords).toBeGreaterThan(detail.counts.revenueSources);
    const text = formatSourceCounts(detail.counts);
    expect(text).toMatch(/records, \d+ (merged source|sources)/);

    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${merged!.domain}`);
    await expectHeading(page, merged!.name);
    const linked = page.getByTestId('linked-revenue-sources');
    await linked.waitFor();
    expect((await linked.textContent())?.trim()).toBe(text);
    const header = page.getByTestId('revenue-source-count');
    await header.waitFor();
    expect((await header.textContent())?.trim().startsWith(text)).toBe(true);
    expect(await page.getByTestId('revenue-card').count()).toBe(detail.counts.revenueSources);
  });
});
