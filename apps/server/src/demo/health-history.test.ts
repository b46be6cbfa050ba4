import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../test/test-app';
import type { TestClient } from '../test/http-client';
import { historyDates } from './health-history';

const now = new Date('2026-11-24T12:00:00Z');
const dayMs = 86_400_000;
let app: TestApp;
let client: TestClient;
let loadMs = 0;

type Page = { items: { domain: string }[] };
type History = {
  current: { id: string; score: number } | null;
  history: { id: string; score: number; band: string; computedAt: string; confirmedAt: string | null }[];
};
type Diff = { scoreDelta: number; factors: { key: string; delta: number; change: string }[] };

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  client = (await createSignedInWorkspace(app)).client;
  const started = performance.now();
  await client.put('/v3/rest/demo', { isEnabled: true });
  loadMs = performance.now() - started;
});
afterAll(async () => app.close());

describe('the demo score history', () => {
  it('is computed weekly over the last 180 days, oldest first', () => {
    const dates = historyDates(now, 180, 7);
    expect(dates).toHaveLength(25);
    expect(dates[0]).toEqual(new Date(now.getTime() - 175 * dayMs));
    expect(dates.at(-1)).toEqual(new Date(now.getTime() - 7 * dayMs));
  });

  it('gives accounts history over 150 days and more, with scores that move, and explains a move', async () => {
    const page = (await client.get('/v3/rest/success/health?limit=100')).body as Page;
    const histories = await Promise.all(
      page.items.map(
        async (item) =>
          [
            item.domain,
            (await client.get(`/v3/rest/success/customers/${item.domain}/health?days=180`)).body as History,
          ] as const,
      ),
    );
    const spanDays = ({ history }: History) =>
      history.length < 2
        ? 0
        : (Date.parse(history.at(-1)?.computedAt ?? '') - Date.parse(history[0]?.computedAt ?? '')) / dayMs;
    const moving = histories.filter(([, h]) => new Set(h.history.map((point) => point.score)).size > 1);
    expect(moving.length).toBeGreaterThan(5);
    expect(Math.max(...histories.map(([, h]) => spanDays(h)))).toBeGreaterThanOrEqual(150);
    // Every snapshot differs from the one before it: history grows with change only.
    for (const [, h] of histories) {
      expect(h.history.length).toBeLessThanOrEqual(26);
      expect(h.current?.id).toBe(h.history.at(-1)?.id);
    }

    const [domain, history] = moving[0]!;
    const points = history.history;
    const from = points.find((point) => point.score !== points.at(-1)?.score)!;
    const to = points.at(-1)!;
    const diff = (await client.get(`/v3/rest/success/customers/${domain}/health/diff?from=${from.id}&to=${to.id}`))
      .body as Diff;
    expect(diff.scoreDelta).toBe(to.score - from.score);
    expect(diff.factors.length).toBeGreaterThan(0);
  });

  it('keeps turning demo mode on fast', () => {
    expect(loadMs).toBeLessThan(30_000);
  });
});
