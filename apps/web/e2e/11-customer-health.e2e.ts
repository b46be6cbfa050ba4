import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, setDemoMode, startFreshDemo } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

type Health = {
  current: { score: number; factors: { label: string; points: number }[]; clamp: { points: number } | null } | null;
  history: { id: string; score: number }[];
};

async function getHealth(api: ApiSession, domain: string, days = 90): Promise<Health> {
  return (await api.expectOk('GET', `/v3/rest/success/customers/${domain}/health?days=${days}`)) as Health;
}

async function openHooli(page: Page, api: ApiSession): Promise<void> {
  await openSignedIn(page, api, '/success/customers/hooli.com');
  await expectHeading(page, 'Hooli');
}

describe('Customer Detail: health score, factors and history', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    // The demo's score history (the engine run as of past dates) gives points to compare.
    api = await startFreshDemo();
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows the score ring, every factor and the score history', async () => {
    const health = await getHealth(api, 'hooli.com');
    expect(health.current).not.toBeNull();
    const current = health.current!;
    // Factors and clamp add up to the score's distance from the baseline.
    expect(current.factors.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await openHooli(page, api);

    // The ring shows the API's score.
    const ring = page.getByTestId('health-score-ring');
    await ring.getByTestId('health-score-value').waitFor();
    expect((await ring.getByTestId('health-score-value').textContent())?.trim()).toBe(String(current.score));
    expect(Number.isInteger(current.score)).toBe(true);

    // One line per factor, in the API's order, with signed points.
    const card = page.getByRole('region', { name: 'Health score and risk factors' });
    const lines = card.getByRole('list', { name: 'Risk factors' }).getByTestId('health-factor');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(current.factors.length);
    expect(await lines.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-points'))))).toEqual(
      current.factors.map((factor) => factor.points),
    );
    await lines.first().getByText(current.factors[0]!.label, { exact: false }).first().waitFor();
    await card.getByText(/Based on \d+% of the score's inputs/).waitFor();
    if (current.clamp) await card.getByTestId('health-clamp').waitFor();

    // The history chart, with its window toggle.
    const history = page.getByRole('region', { name: 'Score history' });
    await history.getByTestId('health-history-chart').locator('svg.recharts-surface').first().waitFor();
    const toggle = history.getByRole('group', { name: 'History window' });
    expect(await toggle.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
    await toggle.getByRole('button', { name: '30 days' }).click();
    expect(await toggle.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe('true');
    await history
      .getByTestId('health-history-chart')
      .or(history.getByText(/No scores in the last 30 days/))
      .first()
      .waitFor();
    await toggle.getByRole('button', { name: '90 days' }).click();
    await history.getByTestId('health-history-chart').waitFor();

    // Two scores: compare the latest with the one before.
    expect(health.history.length).toBeGreaterThanOrEqual(2);
    await history.getByRole('button', { name: 'Compare with previous' }).click();
    await history
      .getByTestId('health-diff')
      .getByText(/^Score /)
      .waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'customer-health.png');
  });
});
