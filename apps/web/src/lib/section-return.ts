/**
 * Where "Back to Health" goes: the section's list as the user last left it in this tab (search,
 * filters, sort: its URL search params). Kept per tab in sessionStorage, so it survives a reload of
 * Customer Detail, and a detail opened from a shared link simply goes to the section's default view.
 * The section's route validates whatever comes back, as it does for a hand-edited URL.
 */
import type { Section } from '@success/shared/sections';
import { z } from 'zod';

export type SearchStore = Pick<Storage, 'getItem' | 'setItem'>;
export type SectionSearch = Record<string, unknown>;

const storageKey = (section: Section) => `section-search:${section}`;
const sectionSearchSchema = z.record(z.string(), z.unknown());

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
  search: SectionSearch,
  store: SearchStore | null = tabStore(),
): void {
  try {
    store?.setItem(storageKey(section), JSON.stringify(search));
  } catch {
    // A full storage only costs the remembered filters.
  }
}

/** The search params the section was last shown with in this tab; none for its default view. */
export function recallSectionSearch(section: Section, store: SearchStore | null = tabStore()): SectionSearch {
  const stored = store?.getItem(storageKey(section));
  if (!stored) return {};
  try {
    const parsed = sectionSearchSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
