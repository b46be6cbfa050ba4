import { describe, expect, it } from 'vitest';
import { computeReadiness } from './readiness';

const catalog = new Set(['stripe', 'salesbricks', 'posthog', 'hubspot']);

describe('section setup readiness', () => {
  it('reports required providers as available and the section not ready when nothing is connected', () => {
    const readiness = computeReadiness({ section: 'contracts', catalog, connections: new Map() });
    expect(readiness.isReady).toBe(false);
    expect(readiness.connectors.map((c) => [c.provider, c.status])).toEqual([
      ['salesbricks', 'available'],
      ['stripe', 'available'],
    ]);
    expect(readiness.summary).toBe('Contracts needs Salesbricks or Stripe connected.');
    expect(readiness.nextSteps).toContain('Connect Stripe in Settings → Integrations.');
    expect(readiness.hasDemoPath).toBe(true);
  });

  it('counts only healthy connections as connected', () => {
    for (const status of ['inactive', 'disabled', 'errored', 'reauth_needed'] as const) {
      const readiness = computeReadiness({ section: 'contracts', catalog, connections: new Map([['stripe', status]]) });
      expect(readiness.connectors.find((c) => c.provider === 'stripe')?.status).toBe('available');
      expect(readiness.isReady).toBe(false);
    }
    const healthy = computeReadiness({ section: 'contracts', catalog, connections: new Map([['stripe', 'healthy']]) });
    expect(healthy.connectors.find((c) => c.provider === 'stripe')?.status).toBe('connected');
    expect(healthy.isReady).toBe(true);
  });

  it('names the fix for a connection that needs attention', () => {
    const readiness = computeReadiness({
      section: 're-engage',
      catalog,
      connections: new Map([['salesbricks', 'reauth_needed']]),
    });
    expect(readiness.nextSteps[0]).toBe('Reconnect Salesbricks: its credentials were refused.');
    expect(readiness.hasDemoPath).toBe(false);
  });

  it('marks providers outside the catalog as provider_missing', () => {
    const readiness = computeReadiness({ section: 'pipeline', catalog, connections: new Map() });
    expect(readiness.connectors.find((c) => c.provider === 'attio')?.status).toBe('provider_missing');
    expect(readiness.connectors.find((c) => c.provider === 'salesbricks')?.status).toBe('available');
  });

  it('is ready for Close the Loop once one release source is connected', () => {
    const readiness = computeReadiness({
      section: 'close-the-loop',
      catalog: new Set([...catalog, 'rss']),
      connections: new Map([['rss', 'healthy']]),
    });
    expect(readiness.isReady).toBe(true);
    expect(readiness.reusedSystems.map((s) => s.key)).toContain('feedback-ops');
  });

  it('never offers a section a fast path to itself (Convert does not link to Convert)', () => {
    for (const section of ['convert', 'contracts', 'pipeline', 're-engage', 'close-the-loop'] as const) {
      const readiness = computeReadiness({ section, catalog, connections: new Map() });
      expect(readiness.fastPaths.map((path) => path.href)).not.toContain(`/success/${section}`);
    }
    expect(computeReadiness({ section: 'convert', catalog, connections: new Map() }).fastPaths).toEqual([
      { label: 'Integrations', href: '/settings/integrations' },
      { label: 'Health', href: '/success/health' },
    ]);
  });

  it('offers the demo preview only while demo mode is off', () => {
    const step = 'Or preview the section with the Pied Piper demo data.';
    expect(computeReadiness({ section: 'convert', catalog, connections: new Map() }).nextSteps).toContain(step);
    expect(
      computeReadiness({ section: 'convert', catalog, connections: new Map(), isDemoModeEnabled: true }).nextSteps,
    ).not.toContain(step);
  });
});
