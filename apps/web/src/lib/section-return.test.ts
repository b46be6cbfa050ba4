import { beforeEach, describe, expect, it } from 'vitest';
import { rememberSectionSearch, sectionReturnHref, type SearchStore } from './section-return';

function memoryStore(): SearchStore {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('section return links', () => {
  let store: SearchStore;
  beforeEach(() => {
    store = memoryStore();
  });

  it('goes back to the section with the filters and sort it was last shown with', () => {
    rememberSectionSearch('health', '?band=critical&sort=arr&order=desc', store);
    expect(sectionReturnHref('health', store)).toBe('/success/health?band=critical&sort=arr&order=desc');
  });

  it('opens the default view when nothing was remembered, or once the filters were cleared', () => {
    expect(sectionReturnHref('health', store)).toBe('/success/health');
    rememberSectionSearch('health', '?q=hooli', store);
    rememberSectionSearch('health', '', store);
    expect(sectionReturnHref('health', store)).toBe('/success/health');
  });

  it('keeps each section apart and ignores anything that is not a search string', () => {
    rememberSectionSearch('contracts', '?sort=renewal', store);
    rememberSectionSearch('health', 'https://evil.example/', store);
    expect(sectionReturnHref('health', store)).toBe('/success/health');
    expect(sectionReturnHref('contracts', store)).toBe('/success/contracts?sort=renewal');
  });

  it('falls back to the default view without storage', () => {
    rememberSectionSearch('health', '?band=critical', null);
    expect(sectionReturnHref('health', null)).toBe('/success/health');
  });
});
