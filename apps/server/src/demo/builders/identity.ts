/**
 * Account names and domains. Cheap to compute on their own and independent of the account's
 * random stream, so the names do not change when the story generated for an account does.
 */
import { nameQualifiers, namePrefixes, nameSuffixes } from '../catalogue/company-names';
import { knownAccounts } from '../catalogue/known-accounts';
import { hashSeed } from '../random';

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type DemoAccountIdentity = { name: string; domain: string };

const gridSize = namePrefixes.length * nameSuffixes.length;
/** A stride coprime with the grid size walks every prefix × suffix pair once, in a scrambled order. */
const gridStride = (() => {
  let stride = 7919;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(stride, gridSize) !== 1) stride += 2;
  return stride;
})();

/**
 * The name and domain of the account at `index`, cheap to compute on its own (tests check that
 * 100,000 of them are unique). The first accounts are the show's companies whatever the seed.
 */
export function describeDemoAccount(seed: number, index: number): DemoAccountIdentity {
  const known = knownAccounts[index];
  if (known) return { name: known.name, domain: known.domain };
  const j = index - knownAccounts.length;
  const offset = hashSeed(seed, 'names') % gridSize;
  const cell = (j * gridStride + offset) % gridSize;
  const round = Math.floor(j / gridSize);
  const prefix = namePrefixes[cell % namePrefixes.length] ?? 'Acme';
  const suffix = nameSuffixes[Math.floor(cell / namePrefixes.length)] ?? 'Labs';
  const qualifier = nameQualifiers[round % nameQualifiers.length] ?? '';
  const number = Math.floor(round / nameQualifiers.length);
  const name = [prefix, suffix, qualifier, number > 0 ? String(number + 1) : ''].filter(Boolean).join(' ');
  const tldRoll = hashSeed(seed, 'tld', cell) % 100;
  const tld = tldRoll < 68 ? '.com' : tldRoll < 88 ? '.io' : tldRoll < 95 ? '.ai' : '.co';
  const base = `${slug(prefix)}${slug(suffix)}`;
  const domain = `${base}${qualifier ? `-${slug(qualifier)}` : ''}${number > 0 ? String(number + 1) : ''}${tld}`;
  return { name, domain };
}
