/** The account's HubSpot contacts; a hand-written account's named contact comes first. */
import { contactTitles, firstNames, lastNames } from '../catalogue/people';
import type { AccountContext } from './account-context';

function emailLocal(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function buildContacts(ctx: AccountContext): void {
  const { rng, account, known } = ctx;
  const count = rng.weighted([
    [1, 2],
    [2, 4],
    [3, 3],
    [4, 1],
  ] as const);
  const firsts = rng.sample(firstNames, count);
  const titles = rng.sample(contactTitles, count);
  for (let k = 0; k < count; k++) {
    let name = `${firsts[k] ?? 'Alex'} ${rng.pick(lastNames)}`;
    let title: string = titles[k] ?? 'Engineering Manager';
    if (k === 0 && known?.contact) [name, title] = known.contact;
    ctx.contacts.push({
      accountDomain: account.domain,
      provider: 'hubspot',
      externalId: ctx.ids.numeric(),
      email: `${emailLocal(name)}@${account.domain}`,
      name,
      title,
    });
  }
}
