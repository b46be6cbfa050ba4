import { type AccountSummary, accountSummarySchema } from '@success/shared/accounts';
import { meSchema } from '@success/shared/auth';
import { type CustomerDetail, customerDetailSchema } from '@success/shared/customers';
import { pageSchema } from '@success/shared/pagination';
import { customerRequestSchema } from '@success/shared/signals';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDate, formatMoney } from '../src/lib/format';
import { ApiSession, ensureUser, setDemoMode, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, expectPath, openSignedIn } from './support/flows';

const member = {
  email: 'monica@piedpiper.test',
  password: 'raviga-capital-1',
  name: 'Monica Hall',
  role: 'member' as const,
};
const bannerText = 'you are previewing Pied Piper sample data';

/** The critical account with the most risk factors: the hardest case for the draft email. */
async function riskiestAccount(api: ApiSession): Promise<AccountSummary> {
  const page = pageSchema(accountSummarySchema).parse(
    await api.expectOk('GET', '/v3/rest/success/health?band=critical&limit=50'),
  );
  const [riskiest] = page.items.toSorted(
    (a, b) => (b.health?.topFactors.length ?? 0) - (a.health?.topFactors.length ?? 0),
  );
  if (!riskiest) throw new Error('The demo data has no critical account.');
  return riskiest;
}

async function getCustomer(api: ApiSession, domain: string): Promise<CustomerDetail> {
  return customerDetailSchema.parse(await api.expectOk('GET', `/v3/rest/success/customers/${domain}`));
}

async function topOf(page: Page, locator: ReturnType<Page['getByRole']>): Promise<number> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box.');
  return box.y;
}

describe('admin-only switches, routes and Customer Detail', () => {
  const browser = useBrowser();
  let api: ApiSession;
  let memberApi: ApiSession;
  let creator: string;

  beforeAll(async () => {
    api = await startFreshDemo();
    await ensureUser(api, member);
    memberApi = new ApiSession(api.baseUrl);
    await memberApi.signIn(member.email, member.password);
    const me = meSchema.parse(await api.expectOk('GET', '/v3/rest/auth/me'));
    creator = me.user.name ?? me.user.email;
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('gives a member no way to switch demo mode or the Success flag', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, memberApi, '/success/health');
    await expectHeading(page, 'Health');
    const banner = page.getByRole('region', { name: 'Demo mode' });
    await banner.getByText(bannerText).waitFor();
    await banner.getByText('An admin can turn it off.').waitFor();
    expect(await banner.getByRole('button').count()).toBe(0);

    await page.goto('/settings');
    await expectHeading(page, 'Settings');
    expect(await page.getByRole('switch', { name: 'Preview with demo data' }).isDisabled()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Success workspace' }).isDisabled()).toBe(true);
    await page.getByText('only admins can turn it on or off').waitFor();

    // The API refuses them too.
    const demo = await memberApi.request('PUT', '/v3/rest/demo', { isEnabled: false });
    expect(demo.status).toBe(403);
    expect((await memberApi.request('PUT', '/v3/rest/feature-flags/success', { isEnabled: false })).status).toBe(403);
    expect(await page.getByText(bannerText).count()).toBe(1);
  });

  it('asks an admin to confirm before switching demo mode or the Success flag', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings');
    await expectHeading(page, 'Settings');

    const demoSwitch = page.getByRole('switch', { name: 'Preview with demo data' });
    expect(await demoSwitch.getAttribute('aria-checked')).toBe('true');
    await demoSwitch.click();
    const demoDialog = page.getByRole('dialog', { name: 'Turn off demo data for everyone?' });
    await demoDialog.getByText('routes, Ignore-from-ARR, untracked accounts').waitFor();
    await demoDialog.getByRole('button', { name: 'Cancel' }).click();
    await demoDialog.waitFor({ state: 'hidden' });
    expect(await demoSwitch.getAttribute('aria-checked')).toBe('true');

    const flagSwitch = page.getByRole('switch', { name: 'Success workspace' });
    await flagSwitch.click();
    const flagDialog = page.getByRole('dialog', { name: 'Turn off Success for everyone?' });
    await flagDialog.getByText('lands on a request-access page').waitFor();
    await flagDialog.getByRole('button', { name: 'Cancel' }).click();
    await flagDialog.waitFor({ state: 'hidden' });
    expect(await flagSwitch.getAttribute('aria-checked')).toBe('true');

    // The banner's button asks too.
    await page.getByRole('region', { name: 'Demo mode' }).getByRole('button', { name: 'Turn off' }).click();
    const bannerDialog = page.getByRole('dialog', { name: 'Turn off demo data for everyone?' });
    await bannerDialog.getByRole('button', { name: 'Cancel' }).click();
    await bannerDialog.waitFor({ state: 'hidden' });
    await page.getByText(bannerText).waitFor();
  });

  it('refuses to route an account to the same section twice and shows who routed it', async () => {
    const account = await riskiestAccount(api);
    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${account.domain}`);
    await expectHeading(page, account.name);
    const routeBar = page.getByRole('group', { name: 'Route this account' });

    await routeBar.getByRole('button', { name: 'Route to Convert' }).click();
    const dialog = page.getByRole('dialog', { name: `Route ${account.name} to Convert` });
    await dialog.getByLabel('Reason').fill('Champion wants the annual plan');
    await dialog.getByRole('button', { name: 'Route to Convert' }).click();
    await page.getByText(`Routed ${account.name} to Convert`).waitFor();
    const openRoutes = page.getByRole('list', { name: 'Open routes' });
    const card = openRoutes.locator('[data-to="convert"]');
    await card.waitFor();
    expect(await card.getByTestId('route-created-by').textContent()).toBe(creator);

    await routeBar.getByRole('button', { name: 'Route to Convert' }).click();
    const again = page.getByRole('dialog', { name: `Route ${account.name} to Convert` });
    await again.getByLabel('Reason').fill('Same move, again');
    await again.getByRole('button', { name: 'Route to Convert' }).click();
    const refusal = again.getByRole('alert');
    await refusal.getByText(`${account.name} is already routed to Convert`).waitFor();
    await refusal.getByText(`already has an open route to Convert: routed from Health by ${creator} on`).waitFor();
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(await openRoutes.locator('[data-to="convert"]').count()).toBe(1);
  });

  it('goes Back to Health with the filters and sort the queue had', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/health?band=critical&sort=renewal&order=desc');
    await expectHeading(page, 'Health');
    const table = page.getByRole('table');
    await table.getByTestId('health-band').first().waitFor();
    const left = new URL(page.url()).search;
    expect(new URLSearchParams(left).get('band')).toBe('critical');
    expect(new URLSearchParams(left).get('sort')).toBe('renewal');

    const [first] = pageSchema(accountSummarySchema).parse(
      await api.expectOk('GET', '/v3/rest/success/health?band=critical&sort=renewal&order=desc&limit=1'),
    ).items;
    if (!first) throw new Error('The demo data has no critical account.');
    await table.getByRole('link', { name: first.name, exact: true }).click();
    await expectPath(page, `/success/customers/${first.domain}`);
    await expectHeading(page, first.name);
    await page.getByRole('link', { name: 'Back to Health' }).click();
    await expectPath(page, '/success/health');
    const params = (search: string) => [...new URLSearchParams(search).entries()].sort();
    expect(params(new URL(page.url()).search)).toEqual(params(left));
    await table.getByTestId('health-band').first().waitFor();
  });

  it('puts the score, risk factors and history above the fold and the feed after them', async () => {
    const account = await riskiestAccount(api);
    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${account.domain}`);
    await expectHeading(page, account.name);
    const viewportHeight = page.viewportSize()?.height ?? 900;

    const scoreTop = await topOf(page, page.getByTestId('health-score-ring'));
    const factorsTop = await topOf(page, page.getByRole('region', { name: 'Health score and risk factors' }));
    const historyTop = await topOf(page, page.getByRole('region', { name: 'Score history' }));
    const feedTop = await topOf(page, page.getByRole('region', { name: 'Activity' }));
    expect(scoreTop).toBeLessThan(viewportHeight);
    expect(factorsTop).toBeLessThan(viewportHeight);
    expect(historyTop).toBeLessThan(viewportHeight);
    expect(feedTop).toBeGreaterThan(factorsTop);
    expect(feedTop).toBeGreaterThan(historyTop);
    await page.getByRole('region', { name: 'Health score and risk factors' }).getByText(/\d/).first().waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-detail.png');
  });

  it('shows a churned account its churn date and last MRR instead of a score', async () => {
    const [churned] = pageSchema(accountSummarySchema).parse(
      await api.expectOk('GET', '/v3/rest/success/health?band=churned&limit=1'),
    ).items;
    if (!churned?.churn) throw new Error('The demo data has no churned account.');
    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${churned.domain}`);
    await expectHeading(page, churned.name);
    const summary = page.getByTestId('churn-summary');
    await summary.getByText(`Churned ${formatDate(churned.churn.churnedAt)}`).waitFor();
    if (churned.churn.lastMrr) await summary.getByText(`Last MRR ${formatMoney(churned.churn.lastMrr)}`).waitFor();
    const main = page.getByRole('main');
    expect(await main.getByTestId('health-band').first().getAttribute('data-band')).toBe('churned');
    expect(await main.getByTestId('health-score-ring').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Health score and risk factors' }).count()).toBe(0);
  });

  it('drafts an email in customer language, without internal labels', async () => {
    // An at-risk or critical account with open requests, so the draft has risk factors to leave
    // out and requests to cite.
    const candidates = pageSchema(accountSummarySchema)
      .parse(await api.expectOk('GET', '/v3/rest/success/health?limit=200'))
      .items.filter((item) => (item.health?.topFactors.filter((factor) => factor.points < 0).length ?? 0) >= 2);
    let account: AccountSummary | null = null;
    let requests: z.infer<typeof customerRequestSchema>[] = [];
    for (const candidate of candidates) {
      requests = z
        .object({ items: z.array(customerRequestSchema) })
        .parse(await api.expectOk('GET', `/v3/rest/success/customers/${candidate.domain}/requests?status=open`)).items;
      if (requests.length > 0) {
        account = candidate;
        break;
      }
    }
    if (!account) throw new Error('The demo data has no account with risk factors and open requests.');
    const detail = await getCustomer(api, account.domain);
    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${account.domain}`);
    await expectHeading(page, account.name);
    await page.getByRole('button', { name: 'Draft email' }).click();
    const dialog = page.getByRole('dialog', { name: `Draft email to ${account.name}` });
    const bodyField = dialog.getByLabel('Body');
    await bodyField.waitFor();
    const text = `${await dialog.getByLabel('Subject').inputValue()}\n${await bodyField.inputValue()}`;

    expect(detail.account.health?.topFactors.length ?? 0).toBeGreaterThan(0);
    for (const factor of detail.account.health?.topFactors ?? []) expect(text).not.toContain(factor.label);
    expect(text).not.toMatch(/\b(healthy|at risk|critical|not enough data|score|risk factors?)\b/i);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests.slice(0, 3)) expect(text).toContain(request.title);
    const days = detail.account.daysToRenewal;
    if (detail.account.renewalDate && days !== null && days >= 0 && days <= 90)
      expect(text).toContain(`on ${formatDate(detail.account.renewalDate)}`);
    await saveScreenshot(page, 'customer-draft-email-facts.png');
  });
});
