import { describe, expect, it } from 'vitest';
import {
  getFeedTitle,
  getNpsBand,
  getSourceLabel,
  getSourceLinkLabel,
  humanize,
  parseFeedTypes,
  serializeFeedTypes,
  toggleFeedType,
} from './feed';

describe('feed titles', () => {
  it('labels raw signal and payment types', () => {
    expect(getFeedTitle({ type: 'signal', subtype: 'nps', title: 'Nps' })).toBe('NPS response');
    expect(getFeedTitle({ type: 'signal', subtype: 'churn_risk', title: 'Churn Risk' })).toBe('Churn risk');
    expect(getFeedTitle({ type: 'payment', subtype: 'payment_succeeded', title: 'Payment Succeeded' })).toBe(
      'Payment succeeded',
    );
  });

  it('keeps written titles', () => {
    expect(
      getFeedTitle({ type: 'payment', subtype: 'payment_event', title: 'Payment failed: $266.00 (card_declined)' }),
    ).toBe('Payment failed: $266.00 (card_declined)');
    expect(getFeedTitle({ type: 'call', subtype: 'call', title: 'QBR with Hooli' })).toBe('QBR with Hooli');
  });
});

describe('sources and links', () => {
  it('names known sources and humanizes others', () => {
    expect(getSourceLabel('hubspot')).toBe('HubSpot');
    expect(getSourceLabel('my_crm')).toBe('My crm');
    expect(humanize('feature_request')).toBe('Feature request');
  });

  it('opens links "in" products only', () => {
    expect(getSourceLinkLabel('hubspot')).toBe('Open in HubSpot');
    expect(getSourceLinkLabel('demo-calls')).toBe('Open link');
  });
});

describe('NPS bands', () => {
  it('splits promoters, passives and detractors', () => {
    expect([10, 9, 8, 7, 6, 0].map(getNpsBand)).toEqual([
      'promoter',
      'promoter',
      'passive',
      'passive',
      'detractor',
      'detractor',
    ]);
  });
});

describe('type filters in the URL', () => {
  it('parses known types in timeline order and drops the rest', () => {
    expect(parseFeedTypes('signal,call,bogus')).toEqual(['call', 'signal']);
    expect(parseFeedTypes(undefined)).toEqual([]);
    expect(parseFeedTypes(42)).toEqual([]);
  });

  it('serializes in a stable order and omits "all"', () => {
    expect(serializeFeedTypes(['signal', 'call'])).toBe('call,signal');
    expect(serializeFeedTypes([])).toBeUndefined();
  });

  it('toggles one type at a time', () => {
    expect(toggleFeedType([], 'signal')).toEqual(['signal']);
    expect(toggleFeedType(['signal'], 'call')).toEqual(['call', 'signal']);
    expect(toggleFeedType(['call', 'signal'], 'call')).toEqual(['signal']);
    expect(toggleFeedType(['signal'], 'signal')).toEqual([]);
  });
});
