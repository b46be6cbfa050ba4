import { type AccountSummary, accountSummarySchema } from '@success/shared/accounts';
import { type HealthSummary, healthSummarySchema } from '@success/shared/health';
import { pageSchema } from '@success/shared/pagination';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../src/lib/format';
import { setDemoMode, type ApiSession, startFreshDemo } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot, useBrowser } from './support/browser';
import { chooseFilter, expectHeading, expectPath, filterValue, openSignedIn } from './support/flows';

const accountPage = pageSchema(accountSummarySchema);

async function getSummary(api: ApiSession): Promise<HealthSummary> {
  return healthSummarySchema.parse(await api.expectOk('GET', '/v3/rest/success/health/summary'));
}

async function listAccounts(api: ApiSession, query: string): Promise<AccountSummary[]> {
  return accountPage.parse(await api.expectOk('GET', `/v3/rest/success/health?limit=200&${query}`)).items;
}

function queue(page: Page): Locator {
  return page.getByRole('table');
}

/** The domains of the rows the virtualized table has rendered, top to bottom. */
function renderedDomains(page: Page): Promise<string[]> {
  return queue(page)
    .locator('tbody tr[data-domain]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-domain') ?? ''));
}

/**
 * The table renders the top of the list (it is virtualized): those rows must be the API's, in order,
 * and at least the first ten of them (or all, when fewer) must be there.
 */
async function expectQueue(page: Page, accounts: readonly AccountSummary[]): Promise<void> {
  const expected = accounts.map((account) => account.domain);
  await expect
    .poll(async () => {
      const rendered = await renderedDomains(page);
      return (
        rendered.length >= Math.min(expected.length, 10) &&
        rendered.length <= expected.length &&
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

describe('Health: summary cards, filters, sorting and the queue', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows summary cards equal to the summary API and an ARR-by-band chart', async () => {
    const summary = await getSummary(api);
    // The demo sample has accounts in every band and ARR to show.
    expect(
      summary.accountsByBand.healthy + summary.accountsByBand.at_risk + summary.accountsByBand.critical,
    ).toBeGreaterThan(0);

    const page = await browser.newPage();
    await openHealth(page, api);
    const cards = page.getByRole('region', { name: 'Health summary' });
    await cards.getByTestId('summary-band-healthy').waitFor();
    await expectNoSeriousA11yViolations(page, 'Health');
    for (const band of ['healthy', 'at_risk', 'critical'] as const) {
      const card = cards.getByTestId(`summary-band-${band}`);
      await card.waitFor();
      expect(await card.getAttribute('data-count')).toBe(String(summary.accountsByBand[band]));
      expect(await card.getAttribute('data-arr')).toBe(String(summary.arrByBand[band].amount));
      expect((await card.getByTestId('summary-count').textContent())?.trim()).toBe(
        String(summary.accountsByBand[band]),
      );
      expect((await card.getByTestId('summary-arr').textContent())?.trim()).toBe(
        formatMoney(summary.arrByBand[band], { whole: true }),
      );
    }

    const atRisk = cards.getByTestId('summary-arr-at-risk');
    expect(await atRisk.getAttribute('data-arr')).toBe(String(summary.arrAtRisk.amount));
    expect((await atRisk.getByTestId('summary-arr').textContent())?.trim()).toBe(formatMoney(summary.arrAtRisk, { whole: true }));
    expect(await atRisk.getAttribute('data-count')).toBe(
      String(summary.accountsByBand.at_risk + summary.accountsByBand.critical),
    );

    for (const key of ['d30', 'd60', 'd90'] as const) {
      const row = cards.getByTestId(`summary-renewals-${key}`);
      expect(await row.getAttribute('data-count')).toBe(String(summary.renewingAccounts[key]));
      expect((await row.getByTestId('summary-arr').textContent())?.trim()).toBe(
        formatMoney(summary.renewingArr[key], { whole: true }),
      );
    }

    const chart = cards.getByTestId('arr-by-band-chart');
    await chart.locator('svg.recharts-surface').first().waitFor();
    // The chart's text alternative names each band's ARR.
    expect(await chart.getAttribute('aria-label')).toContain(
      `Critical ${formatMoney(summary.arrByBand.critical, { whole: true })}`,
    );
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'health-summary.png');
  });

  it('filters to critical accounts, kept in the URL, from the select or a summary card', async () => {
    const critical = await listAccounts(api, 'band=critical');
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.every((account) => account.health?.band === 'critical')).toBe(true);

    const page = await browser.newPage();
    await openHealth(page, api);
    await chooseFilter(page, 'Band', 'Critical');
    await page.waitForURL((url) => url.searchParams.get('band') === 'critical');
    await expectQueue(page, critical);
    const bands = await queue(page)
      .getByTestId('health-band')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-band')));
    expect(bands.length).toBe((await renderedDomains(page)).length);
    expect(new Set(bands)).toEqual(new Set(['critical']));
    expect(await page.getByTestId('summary-band-critical').getAttribute('aria-pressed')).toBe('true');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'health-critical.png');

    // The filter survives a reload.
    await page.reload();
    await expectHeading(page, 'Health');
    expect(await filterValue(page, 'Band')).toBe('critical');
    await expectQueue(page, critical);

    // The card toggles it off again; the at-risk card filters to its band.
    await page.getByTestId('summary-band-critical').click();
    await page.waitForURL((url) => !url.searchParams.has('band'));
    await page.getByTestId('summary-band-at_risk').click();
    await page.waitForURL((url) => url.searchParams.get('band') === 'at_risk');
    const atRisk = await listAccounts(api, 'band=at_risk');
    await expectQueue(page, atRisk);

    // Payment state and source filters go into the URL too, and "Clear filters" empties it.
    await chooseFilter(page, 'Payment state', 'Past due');
    await page.waitForURL((url) => url.searchParams.get('paymentState') === 'past_due');
    await chooseFilter(page, 'Revenue source', 'Stripe');
    await page.waitForURL((url) => url.searchParams.get('source') === 'stripe');
    const narrowed = await listAccounts(api, 'band=at_risk&paymentState=past_due&source=stripe');
    if (narrowed.length > 0) {
      await expectQueue(page, narrowed);
    } else {
      await page.getByRole('heading', { name: 'No accounts match these filters' }).waitFor();
    }
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    await page.waitForURL(
      (url) =>
        !url.searchParams.has('band') && !url.searchParams.has('paymentState') && !url.searchParams.has('source'),
    );
  });

  it('sorts by ARR from the column header, both ways', async () => {
    const byArr = await listAccounts(api, 'sort=arr&order=desc');
    const byArrAsc = await listAccounts(api, 'sort=arr&order=asc');
    const page = await browser.newPage();
    await openHealth(page, api);
    const header = queue(page).getByRole('columnheader', { name: 'ARR', exact: true });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button', { name: 'ARR', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'arr' && !url.searchParams.has('order'));
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(async () => (await renderedDomains(page)).slice(0, 8))
      .toEqual(byArr.slice(0, 8).map((account) => account.domain));
    // Highest ARR first, as the amounts show.
    const amounts = await queue(page)
      .getByTestId('account-arr')
      .evaluateAll((cells) => cells.slice(0, 8).map((cell) => Number(cell.getAttribute('data-amount'))));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(amounts[0]).toBe(byArr.find((account) => account.arr)?.arr?.amount);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'health-queue.png');

    await header.getByRole('button', { name: 'ARR', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'arr' && url.searchParams.get('order') === 'asc');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await expect
      .poll(async () => (await renderedDomains(page)).slice(0, 8))
      .toEqual(byArrAsc.slice(0, 8).map((account) => account.domain));
  });

  it('opens an account from the filtered queue and comes back', async () => {
    const critical = await listAccounts(api, 'band=critical');
    const first = critical[0]!;
    const page = await browser.newPage();
    await openHealth(page, api, '?band=critical');
    await queue(page).getByRole('link', { name: first.name, exact: true }).click();
    await expectPath(page, `/success/customers/${first.domain}`);
    await expectHeading(page, first.name);
    await page.getByRole('main').getByTestId('health-band').filter({ hasText: 'Critical' }).first().waitFor();
    await page.getByRole('link', { name: 'Back to Health' }).click();
    await expectPath(page, '/success/health');
  });
});
