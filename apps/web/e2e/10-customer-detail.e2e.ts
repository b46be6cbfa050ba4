import { type FeedItem, feedItemSchema } from '@success/shared/customers';
import { pageSchema } from '@success/shared/pagination';
import { type Route, routeSchema } from '@success/shared/routing';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, ensureUser, setDemoMode, startFreshDemo } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, expectPath, openSignedIn } from './support/flows';

// The same viewer 07-integrations creates (ensureUser leaves an existing one as it is).
const viewer = {
  email: 'jared@piedpiper.test',
  password: 'donald-dunn-1234',
  name: 'Jared Dunn',
  role: 'viewer' as const,
};

const feedPage = pageSchema(feedItemSchema);
const routePage = pageSchema(routeSchema);

async function getFeed(api: ApiSession, domain: string, types?: string): Promise<FeedItem[]> {
  const query = new URLSearchParams({ limit: '25', ...(types ? { types } : {}) });
  return feedPage.parse(await api.expectOk('GET', `/v3/rest/success/customers/${domain}/activity?${query.toString()}`))
    .items;
}

async function getRoutes(api: ApiSession, query: string): Promise<Route[]> {
  return routePage.parse(await api.expectOk('GET', `/v3/rest/success/routes?${query}`)).items;
}

async function isTracked(api: ApiSession, domain: string): Promise<boolean> {
  const body = (await api.expectOk('GET', `/v3/rest/success/customers/${domain}`)) as {
    account: { isTracked: boolean };
  };
  return body.account.isTracked;
}

function timeline(page: Page): Locator {
  return page.getByRole('list', { name: 'Activity timeline' });
}

function timelineTypes(page: Page): Promise<string[]> {
  return timeline(page)
    .getByTestId('timeline-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-type') ?? ''));
}

function routeBar(page: Page): Locator {
  return page.getByRole('group', { name: 'Route this account' });
}

async function routeTargets(page: Page): Promise<string[]> {
  await routeBar(page).getByRole('button').first().waitFor();
  return routeBar(page)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
}

async function openHooli(page: Page, api: ApiSession, search = ''): Promise<void> {
  await openSignedIn(page, api, `/success/customers/hooli.com${search}`);
  await expectHeading(page, 'Hooli');
}

describe('Customer Detail: timeline, routing and tracking', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows the timeline and filters it by type, kept in the URL', async () => {
    const all = await getFeed(api, 'hooli.com');
    const signals = await getFeed(api, 'hooli.com', 'signal');
    expect(all.length).toBeGreaterThan(signals.length);
    expect(signals.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await openHooli(page, api, '?from=health');
    await timeline(page).getByTestId('timeline-item').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'Customer Detail');
    expect(await timelineTypes(page)).toEqual(all.map((item) => item.type));
    // Newest first, written titles as the API sends them.
    const newest = all[0]!;
    await timeline(page).getByTestId('timeline-item').first().getByText(newest.title, { exact: true }).waitFor();
    // A payment shows its amount from minor units.
    const payment = all.find((item) => item.type === 'payment' && item.amount);
    if (payment?.amount) {
      const major = new Intl.NumberFormat('en-US', { style: 'currency', currency: payment.amount.currency }).format(
        payment.amount.amount / 100,
      );
      await timeline(page).locator('[data-type="payment"]').getByText(major).first().waitFor();
    }
    // Links to the source open in a new tab.
    const linked = all.find((item) => item.url?.startsWith('https://'));
    if (linked)
      expect(await timeline(page).locator(`a[href="${linked.url}"]`).first().getAttribute('target')).toBe('_blank');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-timeline.png');

    const chips = page.getByRole('group', { name: 'Filter activity by type' });
    await chips.getByRole('button', { name: 'Signals', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('types') === 'signal');
    expect(await chips.getByRole('button', { name: 'Signals', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await chips.getByRole('button', { name: 'All', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => timelineTypes(page)).toEqual(signals.map(() => 'signal'));
    await saveScreenshot(page, 'customer-timeline-signals.png');

    // The filter survives a reload; "All" clears it.
    await page.reload();
    await expectHeading(page, 'Hooli');
    await expect.poll(() => timelineTypes(page)).toEqual(signals.map(() => 'signal'));
    await chips.getByRole('button', { name: 'All', exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('types'));
    await expect.poll(() => timelineTypes(page)).toEqual(all.map((item) => item.type));
  });

  it('routes Hooli to Convert with a reason, lists it and marks it done', async () => {
    const reason = 'Expansion: they want middle-out v2 on the video archive';
    const page = await browser.newPage();
    await openHooli(page, api);
    // Without `from`, the account is routed from Health.
    expect(await routeTargets(page)).toEqual([
      'Route to Convert',
      'Route to Pipeline',
      'Route to Contracts',
      'Route to Re-engage',
    ]);
    await page.getByRole('region', { name: 'Open routes' }).getByText('No open routes').waitFor();

    await routeBar(page).getByRole('button', { name: 'Route to Convert' }).click();
    const dialog = page.getByRole('dialog', { name: 'Route Hooli to Convert' });
    await dialog.waitFor();
    // The reason is required.
    await dialog.getByRole('button', { name: 'Route to Convert' }).click();
    await dialog.getByText('Say why the account moves.').waitFor();
    await dialog.getByLabel('Reason').fill(reason);
    await saveScreenshot(page, 'customer-route-dialog.png');
    await dialog.getByRole('button', { name: 'Route to Convert' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Routed Hooli to Convert').waitFor();

    const openRoutes = page.getByRole('list', { name: 'Open routes' });
    await openRoutes.locator('[data-to="convert"]').getByText(reason).waitFor();
    const routeItem = timeline(page).locator('[data-type="route"]').first();
    await routeItem.getByText('Routed from Health to Convert').waitFor();
    await routeItem.getByText(reason).waitFor();
    expect((await getRoutes(api, 'to=convert&state=open')).map((route) => route.account.domain)).toContain('hooli.com');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-routed.png');

    await openRoutes.getByRole('button', { name: 'Mark done: route to Convert' }).click();
    await page.getByText('Route of Hooli to Convert marked done.').waitFor();
    await page.getByRole('region', { name: 'Open routes' }).getByText('No open routes').waitFor();
    await timeline(page).getByText('Route to Convert marked done').waitFor();
    expect((await getRoutes(api, 'to=convert&state=open')).map((route) => route.account.domain)).not.toContain(
      'hooli.com',
    );
    expect((await getRoutes(api, 'companyDomain=hooli.com&state=done')).map((route) => route.to)).toContain('convert');
  });

  it('offers only the moves the model allows from the section you came from', async () => {
    const page = await browser.newPage();
    await openHooli(page, api, '?from=convert');
    await page.getByRole('link', { name: 'Back to Convert' }).waitFor();
    // Convert may route to Pipeline, Re-engage or back to Health: never to Contracts.
    expect(await routeTargets(page)).toEqual(['Route to Pipeline', 'Route to Re-engage', 'Route to Health']);
    expect(await routeBar(page).getByRole('button', { name: 'Route to Contracts' }).count()).toBe(0);
    // The API refuses it too, naming the allowed targets.
    const refused = await api.request('POST', '/v3/rest/success/routes', {
      companyDomain: 'hooli.com',
      from: 'convert',
      to: 'contracts',
      reason: 'skip ahead',
    });
    expect(refused.status).toBe(422);
    expect((refused.body as { detail: string }).detail).toBe(
      'Convert cannot route to Contracts. Allowed from Convert: Pipeline, Re-engage, Health.',
    );

    // Should the model change under an open page, the dialog shows the server's own words: replay
    // that real 422 for one submission.
    const isCreate = (url: URL) => url.pathname === '/v3/rest/success/routes';
    await page.route(isCreate, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify(refused.body) });
    });
    await routeBar(page).getByRole('button', { name: 'Route to Pipeline' }).click();
    const refusedDialog = page.getByRole('dialog', { name: 'Route Hooli to Pipeline' });
    await refusedDialog.getByLabel('Reason').fill('Signed the order form');
    await refusedDialog.getByRole('button', { name: 'Route to Pipeline' }).click();
    await refusedDialog
      .getByRole('alert')
      .getByText('Allowed from Convert: Pipeline, Re-engage, Health.', { exact: false })
      .waitFor();
    await page.unroute(isCreate);
    await refusedDialog.getByRole('button', { name: 'Cancel' }).click();
    await refusedDialog.waitFor({ state: 'hidden' });

    // Back to Health triage, for the next test's "Routed here" strip.
    await routeBar(page).getByRole('button', { name: 'Route to Health' }).click();
    const dialog = page.getByRole('dialog', { name: 'Route Hooli to Health' });
    await dialog.getByLabel('Reason').fill('Renewal at risk: 4K footage compresses worse than logs');
    await dialog.getByRole('button', { name: 'Route to Health' }).click();
    await page.getByText('Routed Hooli to Health').waitFor();
    await page.getByRole('list', { name: 'Open routes' }).locator('[data-to="health"]').waitFor();
  });

  it('lists accounts routed to Health above the queue, and routes from a row menu', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/success/health');
    await expectHeading(page, 'Health');
    const strip = page.getByRole('region', { name: 'Routed here' });
    const hooli = strip.locator('[data-domain="hooli.com"]');
    await hooli.getByText('Routed from Convert').waitFor();
    await hooli.getByText('Renewal at risk: 4K footage compresses worse than logs').waitFor();
    await page.getByRole('table').getByRole('row').nth(3).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'health-routed-here.png');
    await hooli.getByRole('button', { name: 'Dismiss: Hooli from Convert' }).click();
    await strip.getByText('Route of Hooli to Health dismissed.').waitFor();
    await hooli.waitFor({ state: 'detached' });
    expect((await getRoutes(api, 'to=health&state=open')).map((route) => route.account.domain)).not.toContain(
      'hooli.com',
    );

    // The "Route to" menu of a row offers Health's moves and never opens the account.
    await page.getByRole('searchbox', { name: 'Search accounts by name or domain' }).fill('aviato');
    await page.waitForURL((url) => url.searchParams.get('q') === 'aviato');
    await page.getByRole('table').getByRole('link', { name: 'Aviato', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Route Aviato to…' }).click();
    const menu = page.getByRole('menu', { name: 'Route Aviato to' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'Convert',
      'Pipeline',
      'Contracts',
      'Re-engage',
    ]);
    await saveScreenshot(page, 'health-route-menu.png');
    await menu.getByRole('menuitem', { name: 'Pipeline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Route Aviato to Pipeline' });
    await dialog.getByLabel('Reason').fill('Signed the order form');
    await dialog.getByRole('button', { name: 'Route to Pipeline' }).click();
    await page.getByText('Routed Aviato to Pipeline').waitFor();
    await expectPath(page, '/success/health');
    expect((await getRoutes(api, 'to=pipeline&state=open')).map((route) => route.account.domain)).toContain(
      'aviato.com',
    );
  });

  it('untracks and re-tracks Hooli, with the change in the timeline', async () => {
    const page = await browser.newPage();
    await openHooli(page, api);
    const badge = page.getByRole('main').getByTestId('tracking-badge');
    expect(await badge.textContent()).toBe('Tracked');

    await page.getByRole('button', { name: 'Untrack', exact: true }).click();
    const untrack = page.getByRole('dialog', { name: 'Untrack Hooli?' });
    await untrack.getByLabel('Reason (optional)').fill('Internal test tenant');
    await untrack.getByRole('button', { name: 'Untrack Hooli' }).click();
    await untrack.waitFor({ state: 'hidden' });
    await badge.filter({ hasText: /^Untracked$/ }).waitFor();
    const untrackedItem = timeline(page).locator('[data-type="tracking"]').first();
    await untrackedItem.getByText('Untracked from health monitoring').waitFor();
    await untrackedItem.getByText('Internal test tenant').waitFor();
    expect(await isTracked(api, 'hooli.com')).toBe(false);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-untracked.png');

    await page.getByRole('button', { name: 'Re-track', exact: true }).click();
    const retrack = page.getByRole('dialog', { name: 'Re-track Hooli?' });
    await retrack.getByRole('button', { name: 'Re-track Hooli' }).click();
    await retrack.waitFor({ state: 'hidden' });
    await badge.filter({ hasText: /^Tracked$/ }).waitFor();
    await timeline(page)
      .locator('[data-type="tracking"]')
      .first()
      .getByText('Re-tracked for health monitoring')
      .waitFor();
    expect(await isTracked(api, 'hooli.com')).toBe(true);
  });

  it('shows viewers the timeline and routes with every action disabled', async () => {
    await ensureUser(api, viewer);
    const viewerApi = new ApiSession();
    await viewerApi.signIn(viewer.email, viewer.password);
    const page = await browser.newPage();
    await openHooli(page, viewerApi);
    await timeline(page).getByTestId('timeline-item').first().waitFor();
    await routeBar(page).getByText('Viewers can see routes but not create them').waitFor();
    for (const button of await routeBar(page).getByRole('button').all()) expect(await button.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Untrack', exact: true }).isDisabled()).toBe(true);
    await page.getByText('Viewers cannot change tracking').waitFor();
    await saveScreenshot(page, 'customer-viewer.png');
  });
});
