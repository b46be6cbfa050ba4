/** Feature requests the account filed, from the request catalogue; Close the Loop matches them to releases. */
import { addDays, addHours } from '../../lib/utc-dates';
import { requestCatalogue } from '../catalogue/requests';
import type { AccountStory } from './account-context';

export function buildRequests(ctx: AccountStory): void {
  const { rng, ids, profile, account, today } = ctx;
  const count =
    profile.lifecycle === 'prospect'
      ? rng.weighted([
          [0, 7],
          [1, 3],
        ] as const)
      : rng.weighted([
          [0, 4],
          [1, 4],
          [2, 2],
        ] as const);
  for (const request of rng.sample(requestCatalogue, count)) {
    ctx.batch.requests.push({
      accountDomain: account.domain,
      provider: 'signals',
      externalId: ids.local('req'),
      title: request.title,
      text: request.text,
      status: rng.chance(0.88) ? 'open' : 'closed',
      requestedAt: addHours(addDays(today, -rng.int(20, 365)), rng.int(8, 20)),
    });
  }
}
