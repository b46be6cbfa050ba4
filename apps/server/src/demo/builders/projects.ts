/** Onboarding and rollout projects of customers and trials, some blocked on the account's main topic. */
import { addDays, isoDay } from '../../lib/utc-dates';
import { projectTitles } from '../catalogue/projects';
import { topicPhrases } from '../catalogue/topics';
import type { AccountStory } from './account-context';
import { momentIn } from './activity-window';

export function buildProjects(ctx: AccountStory): void {
  const { rng, ids, profile, account, owner, window } = ctx;
  if (profile.lifecycle !== 'customer' && profile.lifecycle !== 'trial') return;
  const projects = rng.int(0, 2);
  for (let k = 0; k < projects; k++) {
    const status = rng.weighted([
      ['in_progress', 5],
      ['done', 4],
      ['blocked', profile.mood === 'unhappy' ? 4 : 1],
    ] as const);
    const occurredAt = momentIn(rng, window);
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'demo-projects',
      externalId: ids.local('proj'),
      type: 'project',
      title: rng.pick(projectTitles),
      summary: {
        in_progress: 'On track; next milestone is the pilot team sign-off.',
        done: 'Completed and handed over to the customer team.',
        blocked: `Blocked on ${topicPhrases[ctx.topic]}; waiting on Pied Piper engineering.`,
      }[status],
      actor: owner.name,
      url: null,
      metadata: { status, dueDate: isoDay(addDays(occurredAt, rng.int(7, 45))) },
      occurredAt,
    });
  }
}
