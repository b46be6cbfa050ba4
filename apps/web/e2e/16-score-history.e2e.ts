import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, setDemoMode, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

type Page = { items: { domain: string; name: string }[] };
type History = { history: { id: string; score: number; computedAt: string }[] };

const dayMs = 86_400_000;

/** A demo account whose 180-day history has many points and whose last two scores differ. */
async function findMovingAccount(api: ApiSession) {
  const page = (await api.expectOk('GET', '/v3/rest/success/health?limit=100')) as Page;
  for (const item of page.items) {
    const { history } = (await api.expectOk(
      'GET',
      `/v3/rest/success/customers/${item.domain}/health?days=180`,
    )) as History;
    const [previous, last] = history.slice(-2);
    if (history.length >= 6 && previous && last && previous.score !== last.score) return { ...item, history };
  }
  throw new Error('no demo account with a moving score history');
}

describe('score history from day one (demo data)', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows months of history on Customer Detail and explains a change between two points', async () => {
    const account = await findMovingAccount(api);
    const first = Date.parse(account.history[0]!.computedAt);
    const last = Date.parse(account.history.at(-1)!.computedAt);
    expect((last - first) / dayMs).toBeGreaterThanOrEqual(100);

    const page = await browser.newPage();
    await openSignedIn(page, api, `/success/customers/${account.domain}`);
    await expectHeading(page, account.name);
    const history = page.getByRole('region', { name: 'Score history' });
    await history.getByRole('group', { name: 'History window' }).getByRole('button', { name: '180 days' }).click();
    const points = history.getByTestId('health-history-chart').getByTestId('health-history-point');
    await expect.poll(() => points.count(), { timeout: 15_000 }).toBe(account.history.length);
    expect(account.history.length).toBeGreaterThanOrEqual(6);
    await history.getByText(new RegExp(`^${account.history.length} changes in the last 180 days`)).waitFor();

    // "Why it changed": the latest score against the one before, factor by factor.
    await history.getByRole('button', { name: 'Compare with previous' }).click();
    const diff = history.getByTestId('health-diff');
    const [previous, latest] = account.history.slice(-2);
    await diff.getByText(new RegExp(`\\(${previous!.score} → ${latest!.score}`)).waitFor();
    const changes = diff.getByRole('list', { name: 'Factor changes' }).getByRole('listitem');
    expect(await changes.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'score-history.png');
  });

  it('previews the effect of a dimension weight in Settings → Health scoring', async () => {
    const current = (await api.expectOk('GET', '/v3/rest/success/health/settings')) as {
      settings: { weights: { adoption: number } };
    };
    const heavier = current.settings.weights.adoption * 3;

    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings');
    await expectHeading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Health scoring' });
    await section.getByLabel('Adoption', { exact: true }).fill(String(heavier));
    await section.getByText('1 unsaved change').waitFor();
    await section.getByRole('button', { name: 'Preview' }).click();
    const preview = section.getByTestId('health-settings-preview');
    await preview.waitFor();
    expect(Number(await preview.getAttribute('data-scores-changed'))).toBeGreaterThan(0);
    // Accounts per band now and with the heavier weight: at least one band's count moves.
    const rows = preview.locator('tr[data-state]');
    expect(await rows.count()).toBe(4);
    const moved = await rows.evaluateAll(
      (items) => items.filter((row) => row.getAttribute('data-before') !== row.getAttribute('data-after')).length,
    );
    expect(moved).toBeGreaterThan(0);
    await preview.getByRole('rowheader', { name: 'Not enough data' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'settings-weight-preview.png');

    // Nothing was saved.
    await section.getByRole('button', { name: 'Discard changes' }).click();
    const after = (await api.expectOk('GET', '/v3/rest/success/health/settings')) as typeof current;
    expect(after.settings.weights.adoption).toBe(current.settings.weights.adoption);
  });
});
