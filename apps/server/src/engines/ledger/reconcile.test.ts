import { describe, expect, it } from 'vitest';
import { reconcile, type ReconcileSource } from './reconcile';
import { utc } from './test-factories';

function source(overrides: Partial<ReconcileSource> & Pick<ReconcileSource, 'id' | 'provider'>): ReconcileSource {
  return {
    externalId: `ext-${overrides.id}`,
    linkedExternalId: null,
    accountId: 'acct-1',
    currency: 'USD',
    mrrMinor: 100_000,
    status: 'active',
    startDate: utc('2025-01-01T00:00:00Z'),
    endDate: null,
    renewalDate: utc('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

const contract = (overrides: Partial<ReconcileSource> = {}) =>
  source({ id: 'sb-1', provider: 'salesbricks', externalId: 'SB-100', ...overrides });
const subscription = (overrides: Partial<ReconcileSource> = {}) =>
  source({ id: 'st-1', provider: 'stripe', externalId: 'sub_100', ...overrides });

describe('reconcile: matching', () => {
  it('merges a linked pair into one group with the contract as primary', () => {
    expect(reconcile([subscription(), contract({ linkedExternalId: 'sub_100' })])).toEqual([
      { primaryId: 'sb-1', sourceIds: ['sb-1', 'st-1'], state: 'merged', matchedBy: 'link', conflicts: [] },
    ]);
  });

  it('links from either side, across accounts and without an account', () => {
    const groups = reconcile([
      contract({ accountId: null }),
      subscription({ linkedExternalId: 'SB-100', accountId: 'acct-2', mrrMinor: 50_000 }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ primaryId: 'sb-1', matchedBy: 'link', state: 'conflict' });
  });

  it('matches heuristically on the same account, overlapping periods and MRR within 5% of the larger', () => {
    // 1,000.00 against 950.00: 50.00 apart = exactly 5% of the larger → matched (inclusive)
    expect(reconcile([contract(), subscription({ mrrMinor: 95_000 })])[0]).toMatchObject({
      primaryId: 'sb-1',
      sourceIds: ['sb-1', 'st-1'],
      matchedBy: 'heuristic',
    });
    // 949.99 is 5.001% below → two singles
    expect(reconcile([contract(), subscription({ mrrMinor: 94_999 })]).map((group) => group.state)).toEqual([
      'single',
      'single',
    ]);
  });

  it('honours a custom amount tolerance', () => {
    expect(reconcile([contract(), subscription({ mrrMinor: 94_999 })], { amountTolerance: 0.1 })[0]?.matchedBy).toBe(
      'heuristic',
    );
  });

  it('does not match heuristically across accounts, without an account, across currencies or periods', () => {
    const states = (sources: ReconcileSource[]) => reconcile(sources).map((group) => group.state);
    expect(states([contract(), subscription({ accountId: 'acct-2' })])).toEqual(['single', 'single']);
    expect(states([contract({ accountId: null }), subscription({ accountId: null })])).toEqual(['single', 'single']);
    expect(states([contract(), subscription({ currency: 'EUR' })])).toEqual(['single', 'single']);
    // Back to back: the subscription ended when the contract started.
    expect(
      states([
        contract({ startDate: utc('2025-06-01T00:00:00Z') }),
        subscription({ startDate: utc('2024-06-01T00:00:00Z'), endDate: utc('2025-06-01T00:00:00Z') }),
      ]),
    ).toEqual(['single', 'single']);
    // Open start and end overlap anything.
    expect(states([contract({ startDate: null }), subscription({ startDate: utc('2030-01-01Z') })])).toEqual([
      'merged',
    ]);
  });

  it('never pairs two sources of the same provider', () => {
    const groups = reconcile([contract(), contract({ id: 'sb-2', externalId: 'SB-200', linkedExternalId: 'SB-100' })]);
    expect(groups.map((group) => group.state)).toEqual(['single', 'single']);
  });

  it('uses each source once, prefers a link over a closer heuristic match, then the smallest difference', () => {
    const groups = reconcile([
      contract({ id: 'sb-1', externalId: 'SB-1', mrrMinor: 100_000 }),
      contract({ id: 'sb-2', externalId: 'SB-2', mrrMinor: 99_000 }),
      contract({ id: 'sb-3', externalId: 'SB-3', mrrMinor: 100_000, linkedExternalId: 'sub_a' }),
      subscription({ id: 'st-a', externalId: 'sub_a', mrrMinor: 100_000 }),
      subscription({ id: 'st-b', externalId: 'sub_b', mrrMinor: 99_500 }),
    ]);
    expect(groups.map(({ primaryId, sourceIds, matchedBy }) => ({ primaryId, sourceIds, matchedBy }))).toEqual([
      // sb-1 and sb-2 are both 5.00 from st-b; the tie goes to the lower id.
      { primaryId: 'sb-1', sourceIds: ['sb-1', 'st-b'], matchedBy: 'heuristic' },
      { primaryId: 'sb-2', sourceIds: ['sb-2'], matchedBy: null },
      { primaryId: 'sb-3', sourceIds: ['sb-3', 'st-a'], matchedBy: 'link' },
    ]);
  });

  it('is deterministic: the same groups whatever the input order, ordered by primaryId', () => {
    const sources = [
      contract({ id: 'sb-2', externalId: 'SB-2', accountId: 'acct-9' }),
      subscription({ id: 'st-1' }),
      contract({ id: 'sb-1' }),
      subscription({ id: 'st-0', accountId: 'acct-7' }),
    ];
    const expected = reconcile(sources);
    expect(reconcile([...sources].reverse())).toEqual(expected);
    expect(expected.map((group) => group.primaryId)).toEqual(['sb-1', 'sb-2', 'st-0']);
  });
});

describe('reconcile: conflicts', () => {
  const linked = (stripe: Partial<ReconcileSource>, salesbricks: Partial<ReconcileSource> = {}) =>
    reconcile([contract({ linkedExternalId: 'sub_100', ...salesbricks }), subscription(stripe)])[0];

  it('reports a different amount to the minor unit, as money strings', () => {
    expect(linked({ mrrMinor: 99_999 })).toMatchObject({
      state: 'conflict',
      conflicts: [{ field: 'amount', stripe: '999.99 USD', salesbricks: '1000.00 USD' }],
    });
  });

  it('compares normalized statuses', () => {
    expect(linked({ status: ' Active ' })?.state).toBe('merged');
    expect(linked({ status: 'past_due' })?.conflicts).toEqual([
      { field: 'status', stripe: 'past_due', salesbricks: 'active' },
    ]);
  });

  it('allows renewal dates up to 3 calendar days apart; more, or a date against none, conflicts', () => {
    expect(linked({ renewalDate: utc('2026-01-04T23:00:00Z') })?.state).toBe('merged');
    expect(linked({ renewalDate: utc('2026-01-05T00:00:00Z') })?.conflicts).toEqual([
      { field: 'renewal_date', stripe: '2026-01-05', salesbricks: '2026-01-01' },
    ]);
    expect(linked({ renewalDate: null })?.conflicts).toEqual([
      { field: 'renewal_date', stripe: 'none', salesbricks: '2026-01-01' },
    ]);
    expect(linked({ renewalDate: null }, { renewalDate: null })?.state).toBe('merged');
    expect(
      reconcile([contract({ linkedExternalId: 'sub_100' }), subscription({ renewalDate: utc('2026-01-10Z') })], {
        renewalToleranceDays: 10,
      })[0]?.state,
    ).toBe('merged');
  });

  it('reports every differing field in a fixed order: amount, status, renewal_date, currency', () => {
    expect(
      linked({ mrrMinor: 700_000, currency: 'dkk', status: 'trialing', renewalDate: utc('2025-12-01Z') })?.conflicts,
    ).toEqual([
      { field: 'amount', stripe: '7000.00 DKK', salesbricks: '1000.00 USD' },
      { field: 'status', stripe: 'trialing', salesbricks: 'active' },
      { field: 'renewal_date', stripe: '2025-12-01', salesbricks: '2026-01-01' },
      { field: 'currency', stripe: 'DKK', salesbricks: 'USD' },
    ]);
  });

  it('keeps unmatched sources as singles without conflicts', () => {
    expect(reconcile([subscription()])).toEqual([
      { primaryId: 'st-1', sourceIds: ['st-1'], state: 'single', matchedBy: null, conflicts: [] },
    ]);
    expect(reconcile([])).toEqual([]);
  });
});

describe('reconcile: scale', () => {
  it('reconciles 100,000 sources (50,000 accounts with a contract and a subscription) by lookup, not pair by pair', () => {
    const sources: ReconcileSource[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      const accountId = `acct-${index}`;
      const isLinked = index % 2 === 0;
      sources.push(
        contract({
          id: `sb-${index}`,
          externalId: `SB-${index}`,
          accountId,
          linkedExternalId: isLinked ? `sub_${index}` : null,
        }),
        subscription({
          id: `st-${index}`,
          externalId: `sub_${index}`,
          accountId,
          mrrMinor: isLinked ? 100_000 : 99_000,
        }),
      );
    }
    const started = performance.now();
    const groups = reconcile(sources);
    const elapsedMs = performance.now() - started;
    expect(groups).toHaveLength(50_000);
    expect(groups.filter((group) => group.matchedBy === 'link')).toHaveLength(25_000);
    expect(groups.filter((group) => group.state === 'conflict')).toHaveLength(25_000);
    expect(elapsedMs).toBeLessThan(10_000);
  });
});
