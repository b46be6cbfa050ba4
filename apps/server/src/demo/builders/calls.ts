/** Recorded calls with the account's contacts, with notes that follow its main topic and mood. */
import { callDetails, callKinds, callMoodLines, nextSteps, weekdays } from '../catalogue/calls';
import { topics } from '../catalogue/topics';
import type { AccountStory } from './account-context';
import { momentIn } from './activity-window';

export function buildCalls(ctx: AccountStory): void {
  const { rng, ids, profile, account, owner, contacts, window } = ctx;
  const calls = { customer: rng.int(1, 4), trial: rng.int(1, 3), prospect: rng.int(0, 2), churned: rng.int(0, 1) }[
    profile.lifecycle
  ];
  for (let k = 0; k < calls; k++) {
    const contact = rng.pick(contacts);
    const kind = rng.pick(callKinds[profile.lifecycle]);
    const occurredAt = momentIn(rng, window);
    const others = rng.int(0, 3);
    const topicKey = rng.chance(0.7) ? ctx.topic : rng.pick(topics);
    const summary = [
      `${owner.name} met with ${contact.name} (${contact.title})${others > 0 ? ` and ${others} ${others === 1 ? 'other' : 'others'}` : ''} from ${account.name}.`,
      rng.pick(callDetails[topicKey]),
      rng.pick(callMoodLines[profile.mood]),
      `Next step: ${owner.name.split(' ')[0] ?? owner.name} to ${rng.pick(nextSteps)} by ${rng.pick(weekdays)}.`,
    ].join(' ');
    const externalId = ids.local('call');
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'demo-calls',
      externalId,
      type: 'call',
      title: `${kind} with ${account.name}`,
      summary,
      actor: owner.name,
      url: `https://calls.piedpiper.com/recordings/${externalId}`,
      metadata: { durationMinutes: rng.pick([15, 25, 30, 45, 60]), attendees: others + 2 },
      occurredAt,
    });
  }
}
