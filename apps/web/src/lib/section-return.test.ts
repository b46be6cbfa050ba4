import { beforeEach, describe, expect, it } from 'vitest';
import { recallSectionSearch, rememberSectionSearch, type SearchStore } from './section-return';

function memoryStore(): SearchStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('section return search', () => {
  let store: ReturnType<typeof memoryStore>;
  beforeEach(() => {
    store = memoryStore();
  });

  it('gives back the filters and sort the section was last shown with', () => {
    rememberSectionSearch('health', { band: 'critical', sort: 'arr', order: 'desc', untracked: true }, store);
    expect(recallSectionSearch('health', store)).toEqual({
      band: 'critical',
      sort: 'arr',
      order: 'desc',
      untracked: true,
    });
  });

  it('is empty when nothing was remembered, or once the filters were cleared', () => {
    expect(recallSectionSearch('health', store)).toEqual({});
    rememberSectionSearch('health', { q: 'hooli' }, store);
    rememberSectionSearch('health', {}, store);
    expect(recallSectionSearch('health', store)).toEqual({});
  });

  it('keeps each section apart and ignores anything stored that is not a search object', () => {
    rememberSectionSearch('contracts', { sort: 'renewal' }, store);
    store.values.set('section-search:health', '"https://evil.example/"');
    expect(recallSectionSearch('health', store)).toEqual({});
    store.values.set('section-search:health', '{not json');
    expect(recallSectionSearch('health', store)).toEqual({});
    expect(recallSectionSearch('contracts', store)).toEqual({ sort: 'renewal' });
  });

  it('falls back to the default view without storage', () => {
    rememberSectionSearch('health', { band: 'critical' }, null);
    expect(recallSectionSearch('health', null)).toEqual({});
  });
});
