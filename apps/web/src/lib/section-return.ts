/**
 * Where "Back to Health" goes: the section's list as the user last left it in this tab (search,
 * filters, sort: its URL search string). Kept per tab in sessionStorage, so it survives a reload of
 * Customer Detail, and a detail opened from a shared link simply goes to the section's default view.
 */
import type { Section } from '@success/shared/api';
import { sectionPaths } from '../config/paths';

export type SearchStore = Pick<Storage, 'getItem' | 'setItem'>;

const storageKey = (section: Section) => `section-search:${section}`;

/** A search string as the router writes it ("?band=critical&sort=arr"), or "" for the default view. */
function isSearchString(value: string): boolean {
  return value === '' || (value.startsWith('?') && !value.includes('#'));
}

function tabStore(): SearchStore | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy modes); the back link then opens the default view.
    return null;
  }
}

export function rememberSectionSearch(
  section: Section,
  searchString: string,
  store: SearchStore | null = tabStore(),
): void {
  if (!isSearchString(searchString)) return;
  try {
    store?.setItem(storageKey(section), searchString);
  } catch {
    // A full storage only costs the remembered filters.
  }
}

/** The section's path with the search string it was last shown with in this tab. */
export function sectionReturnHref(section: Section, store: SearchStore | null = tabStore()): string {
  const remembered = store?.getItem(storageKey(section)) ?? '';
  return `${sectionPaths[section]}${isSearchString(remembered) ? remembered : ''}`;
}
