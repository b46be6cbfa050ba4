import {
  currencyRatesSchema,
  type LedgerRow,
  ledgerRowDetailSchema,
  ledgerRowSchema,
  type LedgerSummary,
  ledgerSummarySchema,
} from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../src/lib/format';
import { ApiSession, setDemoMode, startFreshDemo } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

const ledgerPageSchema = pageSchema(ledgerRowSchema);

async function getSummary(api: ApiSession): Promise<LedgerSummary> {
  return ledgerSummarySchema.parse(await api.expectOk('GET', '/v3/rest/success/contracts/summary'));
}

/** Every row of a ledger listing (list or renewals), following the cursors. */
async function listAll(api: ApiSession, path: string, query: Record<string, string>): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '200', ...(cursor ? { cursor } : {}) });
    const page = ledgerPageSchema.parse(await api.expectOk('GET', `${path}?${params.toString()}`));
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

async function openContracts(page: Page, api: ApiSession, search = ''): Promise<void> {
  await openSignedIn(page, api, `/success/contracts${search}`);
  await expectHeading(page, 'Contracts');
}

const table = (page: Page) => page.getByRole('table', { name: 'Contracts ledger' });
const rows = (page: Page) => table(page).getByTestId('ledger-row');

/** The ARR (reporting currency, minor units) of every rendered ledger row, top to bottom. */
async function visibleArr(page: Page): Promise<number[]> {
  return rows(page)
    .getByTestId('arr-cell')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-amount'))));
}

const isSorted = (values: number[], order: 'asc' | 'desc') =>
  values.every(
    (value, index) => index === 0 || (order === 'asc' ? values[index - 1]! <= value : values[index - 1]! >= value),
  );

/** Clicks "Load more" until the whole filtered ledger is on the page; returns the count it shows. */
async function loadWholeLedger(page: Page): Promise<number> {
  const count = page.getByTestId('ledger-count');
  await count.waitFor();
  while ((await count.getAttribute('data-complete')) !== 'true') {
    const before = Number(await count.getAttribute('data-count'));
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(async () => Number(await count.getAttribute('data-count'))).toBeGreaterThan(before);
  }
  return Number(await count.getAttribute('data-count'));
}

/** Data records of a CSV text (quoted fields may hold commas, quotes or line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

describe('Contracts: the revenue ledger, its totals and renewals', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows the totals the summary computes, the MRR movements and the ledger', async () => {
    const summary = await getSummary(api);
    expect(summary.rows).toBeGreaterThan(0);
    expect(summary.arr.amount).toBeGreaterThan(0);

    const page = await browser.newPage();
    await openContracts(page, api);
    const totals = page.getByTestId('contracts-totals');
    await rows(page).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'Contracts ledger');
    await totals.waitFor();
    const expected: [string, LedgerSummary['mrr']][] = [
      ['total-mrr', summary.mrr],
      ['total-arr', summary.arr],
      ['total-past-due-arr', summary.pastDueArr],
      ['total-renewing-d30', summary.renewingArr.d30],
      ['total-renewing-d60', summary.renewingArr.d60],
      ['total-renewing-d90', summary.renewingArr.d90],
    ];
    for (const [testId, money] of expected) {
      expect((await totals.getByTestId(testId).textContent())?.trim(), testId).toBe(formatMoney(money));
    }
    expect(await totals.getByTestId('total-conflicts').textContent()).toContain(String(summary.conflicts));

    // The movements chart (bars and the MRR line) with NRR and GRR beside it.
    const movements = page.getByRole('region', { name: 'MRR movements' });
    await movements.getByTestId('movements-chart').locator('svg.recharts-surface').first().waitFor();
    await movements.getByTestId('retention-nrr').waitFor();
    const period = movements.getByRole('group', { name: 'Movement period' });
    expect(await period.getByRole('button', { name: '12 months' }).getAttribute('aria-pressed')).toBe('true');
    await period.getByRole('button', { name: '3 months' }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === '3');
    await movements
      .getByTestId('movements-chart')
      .or(movements.getByText('No MRR movement in the last 3 months.'))
      .first()
      .waitFor();

    // The ledger, with the routes it may send an account on: Contracts → Health only.
    await rows(page).nth(2).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'contracts.png');
    const firstRow = rows(page).first();
    await firstRow.getByTestId('source-badge').first().waitFor();
    await firstRow.getByTestId('reconciliation-badge').waitFor();
    const link = firstRow.getByTestId('account-link');
    expect(await link.getAttribute('href')).toMatch(/^\/success\/customers\/[^?]+\?from=contracts$/);
    await firstRow.getByRole('button', { name: /^Route .+ to…$/ }).click();
    expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).toEqual(['Health']);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  });

  it('filters by source and reconciliation in the URL, and sorts by ARR', async () => {
    const conflicts = await listAll(api, '/v3/rest/success/contracts', {
      source: 'salesbricks',
      reconciliation: 'conflict',
    });
    const page = await browser.newPage();
    await openContracts(page, api);
    await rows(page).first().waitFor();

    await page.getByRole('button', { name: /^Source/ }).click();
    await page.getByRole('group', { name: 'Source' }).getByRole('checkbox', { name: 'Salesbricks' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Reconciliation/ }).click();
    await page.getByRole('group', { name: 'Reconciliation' }).getByRole('checkbox', { name: 'Conflict' }).check();
    await page.keyboard.press('Escape');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('source') === 'salesbricks' && url.searchParams.get('reconciliation') === 'conflict',
    );

    if (conflicts.length > 0) {
      await expect
        .poll(async () => Number(await page.getByTestId('ledger-count').getAttribute('data-count')))
        .toBe(conflicts.length);
      const states = await rows(page)
        .getByTestId('reconciliation-badge')
        .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));
      expect(states.length).toBeGreaterThan(0);
      expect(states.every((state) => state === 'conflict')).toBe(true);
      expect(await rows(page).count()).toBe(states.length);
      for (const row of await rows(page).all())
        await row.locator('[data-testid="source-badge"][data-provider="salesbricks"]').waitFor();
      await page.getByRole('button', { name: /^Reconciliation: Conflict/ }).waitFor();
    } else {
      await page.getByRole('heading', { name: 'No contracts match these filters' }).waitFor();
    }

    // The filters survive a reload; "Clear filters" removes them all.
    await page.reload();
    await page.getByRole('button', { name: /^Source: Salesbricks/ }).waitFor();
    await page
      .getByRole('button', { name: /^Clear filters/ })
      .first()
      .click();
    await page.waitForURL((url) => !url.searchParams.has('source') && !url.searchParams.has('reconciliation'));

    // Sorting by ARR: the first click flips the default (highest first) to lowest first, the second back.
    const arrHeader = table(page).getByRole('columnheader', { name: /^ARR/ });
    await arrHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'arr' && url.searchParams.get('order') === 'asc');
    await expect.poll(async () => isSorted(await visibleArr(page), 'asc')).toBe(true);
    await arrHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'arr' && url.searchParams.get('order') === 'desc');
    await expect
      .poll(async () => isSorted(await visibleArr(page), 'desc') && !isSorted(await visibleArr(page), 'asc'))
      .toBe(true);
    expect(await arrHeader.getAttribute('aria-sort')).toBe('descending');
    const arr = await visibleArr(page);
    expect(arr.length).toBeGreaterThan(2);
    expect(arr).toEqual([...arr].sort((a, b) => b - a));
    await table(page).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'contracts-ledger.png');
  });

  it('opens a row’s detail sheet and ignores it from ARR, which lowers the ARR total by its ARR', async () => {
    // An active, paid row with invoices: its whole ARR counts in the total.
    const candidates = (
      await listAll(api, '/v3/rest/success/contracts', {
        status: 'active',
        paymentState: 'ok',
        sort: 'arr',
        order: 'desc',
      })
    ).filter((row) => row.account && !row.isIgnoredFromArr && row.reportingArr.amount > 0);
    let target: LedgerRow | null = null;
    let invoiceCount = 0;
    for (const row of candidates.slice(0, 20)) {
      const detail = ledgerRowDetailSchema.parse(await api.expectOk('GET', `/v3/rest/success/contracts/${row.id}`));
      if (detail.invoices.length > 0) {
        target = row;
        invoiceCount = detail.invoices.length;
        break;
      }
    }
    expect(target, 'an active row with invoices in the demo ledger').not.toBeNull();
    const row = target!;
    const before = await getSummary(api);

    const page = await browser.newPage();
    await openContracts(page, api, `?q=${encodeURIComponent(row.account!.domain)}&status=active&paymentState=ok`);
    const totalArr = page.getByTestId('total-arr');
    await expect.poll(async () => (await totalArr.textContent())?.trim()).toBe(formatMoney(before.arr));

    const tableRow = table(page).locator(`[data-testid="ledger-row"][data-id="${row.id}"]`);
    await tableRow.getByRole('button', { name: `Open ${row.productName} for ${row.account!.name}` }).click();
    await page.waitForURL((url) => url.searchParams.get('contract') === row.id);
    const sheet = page.getByTestId('contract-sheet');
    await sheet
      .getByRole('heading', { name: new RegExp(row.account!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .waitFor();
    const invoices = sheet.getByRole('table', { name: 'Invoices' });
    await invoices.waitFor();
    expect(await invoices.getByTestId('invoice-row').count()).toBe(invoiceCount);
    await sheet.getByTestId('contract-source').first().waitFor();
    await saveScreenshot(page, 'contracts-sheet.png');

    // A reason is required.
    const ignoreSwitch = sheet.getByRole('switch', { name: 'Ignore from ARR' });
    expect(await ignoreSwitch.getAttribute('aria-checked')).toBe('false');
    await ignoreSwitch.click();
    await sheet.getByRole('button', { name: 'Ignore from ARR' }).click();
    await sheet.getByText('Say why this revenue is ignored from ARR.').waitFor();
    await sheet.getByLabel('Reason').fill('Internal test subscription: not customer revenue.');
    await sheet.getByRole('button', { name: 'Ignore from ARR' }).click();
    await sheet.getByTestId('ignore-reason').getByText('Internal test subscription: not customer revenue.').waitFor();
    expect(await sheet.getByRole('switch', { name: 'Ignore from ARR' }).getAttribute('aria-checked')).toBe('true');

    // The total drops by exactly the row's ARR, as the API agrees.
    const lowered = { amount: before.arr.amount - row.reportingArr.amount, currency: before.arr.currency };
    await expect
      .poll(async () => (await totalArr.textContent())?.trim(), { timeout: 15_000 })
      .toBe(formatMoney(lowered));
    const after = await getSummary(api);
    expect(after.arr.amount).toBe(lowered.amount);
    expect(after.ignoredRows).toBe(before.ignoredRows + 1);

    // Count it again: the total is back.
    await sheet.getByRole('switch', { name: 'Ignore from ARR' }).click();
    await expect
      .poll(async () => (await totalArr.textContent())?.trim(), { timeout: 15_000 })
      .toBe(formatMoney(before.arr));
    expect(await sheet.getByRole('switch', { name: 'Ignore from ARR' }).getAttribute('aria-checked')).toBe('false');
    expect((await getSummary(api)).arr.amount).toBe(before.arr.amount);

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('contract'));
  });

  it('exports exactly the filtered ledger as CSV', async () => {
    const page = await browser.newPage();
    await openContracts(page, api, '?source=salesbricks');
    await rows(page).first().waitFor();
    const shown = await loadWholeLedger(page);
    const expected = await listAll(api, '/v3/rest/success/contracts', { source: 'salesbricks' });
    expect(shown).toBe(expected.length);

    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/v3\/rest\/success\/contracts\/export\.csv\?/);
    expect(new URL(href!, 'http://x').searchParams.get('source')).toBe('salesbricks');
    const response = await api.request('GET', href!);
    expect(response.status).toBe(200);
    expect(typeof response.body).toBe('string');
    const [header, ...records] = parseCsv((response.body as string).trim());
    expect(header?.slice(0, 5)).toEqual(['account', 'domain', 'product', 'sources', 'status']);
    expect(header).toEqual(
      expect.arrayContaining(['mrr', 'arr', 'reporting_arr', 'renewal_date', 'payment_state', 'reconciliation']),
    );
    expect(records.length).toBe(shown);
    const sourcesColumn = header!.indexOf('sources');
    expect(records.every((record) => record[sourcesColumn]?.includes('salesbricks:'))).toBe(true);
  });

  it('lists what renews in the next 30 days, sortable by date and ARR', async () => {
    const expected = await listAll(api, '/v3/rest/success/contracts/renewals', { withinDays: '30', sort: 'date' });
    const page = await browser.newPage();
    await openContracts(page, api);
    await page.getByRole('tab', { name: 'Renewals' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'renewals');
    const window = page.getByRole('group', { name: 'Renewing within' });
    expect(await window.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
    await window.getByRole('button', { name: '30 days' }).click();
    await page.waitForURL((url) => url.searchParams.get('withinDays') === '30');
    await expectNoSeriousA11yViolations(page, 'Contracts renewals');

    if (expected.length === 0) {
      await page.getByRole('heading', { name: 'Nothing renews in the next 30 days' }).waitFor();
      return;
    }
    const renewals = page.getByRole('table', { name: 'Renewals in the next 30 days' });
    await expect
      .poll(async () => Number(await page.getByTestId('renewals-count').getAttribute('data-count')))
      .toBe(expected.length);
    const days = await renewals
      .getByTestId('renewal-cell')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-days'))));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d >= 0 && d <= 30)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Each row carries its health band (or "Not scored") and payment state.
    expect(await renewals.getByTestId('payment-state').count()).toBe(days.length);
    const bands = await renewals.getByTestId('health-band').count();
    const unscored = await renewals.getByText('Not scored').count();
    expect(bands + unscored).toBe(days.length);

    await renewals.getByRole('columnheader', { name: /^ARR/ }).getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('renewalsSort') === 'arr');
    await expect
      .poll(async () => {
        const arr = await renewals
          .getByTestId('arr-cell')
          .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-amount'))));
        return arr.length === days.length && isSorted(arr, 'desc');
      })
      .toBe(true);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'contracts-renewals.png');
  });

  it('shows the reporting currency and rates, editable by an admin', async () => {
    const rates = currencyRatesSchema.parse(await api.expectOk('GET', '/v3/rest/success/contracts/rates'));
    const page = await browser.newPage();
    await openContracts(page, api);
    await page.getByRole('button', { name: /^Currency rates/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Currency rates' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Reporting currency').inputValue()).toBe(rates.reportingCurrency);
    const inputs = dialog.getByTestId('rate-input-row');
    await expect.poll(() => inputs.count()).toBe(rates.rates.length + rates.missing.length);
    for (const rate of rates.rates) {
      expect(await dialog.getByRole('textbox', { name: `Rate for ${rate.currency}` }).inputValue()).toBe(rate.rate);
    }
    for (const currency of rates.missing) {
      expect(
        await dialog
          .locator(`[data-testid="rate-input-row"][data-currency="${currency}"]`)
          .getAttribute('data-missing'),
      ).toBe('true');
    }
    // A malformed rate is caught before it is sent.
    if (rates.rates[0]) {
      const first = dialog.getByRole('textbox', { name: `Rate for ${rates.rates[0].currency}` });
      await first.fill('abc');
      await dialog.getByRole('button', { name: 'Save rates' }).click();
      await dialog.getByText('A rate is a positive decimal such as 7.064195.').waitFor();
      await first.fill(rates.rates[0].rate);
    }
    await saveScreenshot(page, 'contracts-rates.png');
    await dialog.getByRole('button', { name: 'Save rates' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = currencyRatesSchema.parse(await api.expectOk('GET', '/v3/rest/success/contracts/rates'));
    expect(saved.rates.map((rate) => [rate.currency, rate.rate])).toEqual(
      rates.rates.map((rate) => [rate.currency, rate.rate]),
    );
  });
  it('changes the counting rules and recalculates the totals', async () => {
    const before = await getSummary(api);
    const page = await browser.newPage();
    await openContracts(page, api);
    await page.getByRole('button', { name: 'Counting rules' }).click();
    const dialog = page.getByRole('dialog', { name: 'Counting rules' });
    await dialog.getByTestId('ledger-churn-days').fill('0');
    await dialog.getByRole('button', { name: 'Save and recalculate' }).click();
    await dialog.getByText('Use a whole number of days, 1–365.').waitFor();
    // Demo past-due subscriptions are fresh: churning after 1 day past due drops them from MRR.
    await dialog.getByTestId('ledger-churn-days').fill('1');
    await dialog.getByRole('button', { name: 'Save and recalculate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await api.expectOk('GET', '/v3/rest/success/contracts/settings')).toEqual({
      discounts: 'while_active',
      pastDueChurnAfterDays: 1,
    });
    const after = await getSummary(api);
    expect(after.pastDueArr.amount).toBeLessThan(before.pastDueArr.amount);
    await api.expectOk('PUT', '/v3/rest/success/contracts/settings', {
      discounts: 'while_active',
      pastDueChurnAfterDays: null,
    });
    expect((await getSummary(api)).mrr).toEqual(before.mrr);
  });
});
