import { describe, expect, it } from 'vitest';
import groupsResponse from './fixtures/query-groups-response.json';
import usageResponse from './fixtures/query-usage-response.json';
import { groupInfoFromRow, mapUsageRow, parsePosthogTimestamp } from './mapper';
import { groupsQuery, usageQuery } from './hogql';
import { rowsFromResponse } from './query-response';
import {
  posthogGroupRowSchema,
  posthogQueryResponseSchema,
  posthogSettingsSchema,
  posthogUsageRowSchema,
} from './schemas';

const usageRows = rowsFromResponse(posthogQueryResponseSchema.parse(usageResponse)).map((row) =>
  posthogUsageRowSchema.parse(row),
);
const groups = new Map(
  rowsFromResponse(posthogQueryResponseSchema.parse(groupsResponse)).map((row) => {
    const group = posthogGroupRowSchema.parse(row);
    return [group.group_key, groupInfoFromRow(group)] as const;
  }),
);

describe('PostHog mapper', () => {
  it('maps a usage row to a usage day linked by the group key and its normalized domain', () => {
    const [first] = usageRows;
    if (!first) throw new Error('fixture has no rows');
    expect(mapUsageRow(first, groups.get(first.group_key))).toEqual({
      kind: 'usage_day',
      ref: { customerExternalId: 'hooli', domain: 'hooli.com', label: 'Hooli' },
      row: { day: '2025-06-01', activeUsers: 42, events: 1830, lastActivityAt: new Date('2025-06-01T21:14:07.512Z') },
    });
  });

  it('reads UInt64 counts sent as strings and ClickHouse-style timestamps', () => {
    const second = usageRows[1];
    if (!second) throw new Error('fixture has no second row');
    expect(mapUsageRow(second, groups.get(second.group_key)).row).toEqual({
      day: '2025-06-02',
      activeUsers: 17,
      events: 260,
      lastActivityAt: new Date('2025-06-02T09:03:11Z'),
    });
  });

  it('leaves the domain null when the group has no domain property, so the group stays unmatched', () => {
    const third = usageRows[2];
    if (!third) throw new Error('fixture has no third row');
    expect(mapUsageRow(third, groups.get(third.group_key)).ref).toEqual({
      customerExternalId: 'pied-piper',
      domain: null,
      label: 'Pied Piper',
    });
  });

  it('labels a group we know nothing about by its key', () => {
    const [first] = usageRows;
    if (!first) throw new Error('fixture has no rows');
    expect(mapUsageRow(first, undefined).ref).toEqual({ customerExternalId: 'hooli', domain: null, label: 'hooli' });
  });

  it('rejects a row whose counts are not numbers', () => {
    expect(
      posthogUsageRowSchema.safeParse({ group_key: 'x', day: '2025-06-01', active_users: 'lots', events: -1 }).success,
    ).toBe(false);
  });

  it.each([
    ['2025-06-01T21:14:07.512000Z', '2025-06-01T21:14:07.512Z'],
    ['2025-06-01 21:14:07', '2025-06-01T21:14:07.000Z'],
    ['2025-06-01T21:14:07+02:00', '2025-06-01T19:14:07.000Z'],
  ])('parses the timestamp %s', (input, expected) => {
    expect(parsePosthogTimestamp(input)?.toISOString()).toBe(expected);
  });
});

describe('PostHog settings and queries', () => {
  it('applies the documented defaults to a minimal form', () => {
    expect(posthogSettingsSchema.parse({ projectId: '12345', groupTypeIndex: '', domainProperty: '' })).toEqual({
      projectId: '12345',
      host: 'https://us.posthog.com',
      groupTypeIndex: 0,
      domainProperty: 'domain',
    });
  });

  it('passes user values as placeholders, never inside the query text', () => {
    const usage = usageQuery(2, { windowStart: '2024-12-17', afterKey: "o'brien", afterDay: '2025-01-01' }, 1000);
    expect(usage.query).toContain('$group_2 AS group_key');
    expect(usage.query).toContain('LIMIT 1001');
    expect(usage.query).not.toContain("o'brien");
    expect(usage.values).toEqual({
      window_start: '2024-12-17 00:00:00',
      after_key: "o'brien",
      after_day: '2025-01-01',
    });
    const lookup = groupsQuery(2, 'company domain', ['a', 'b']);
    expect(lookup.query).not.toContain('company domain');
    expect(lookup.values).toMatchObject({ domain_property: 'company domain', keys: ['a', 'b'], group_type_index: 2 });
  });
});
