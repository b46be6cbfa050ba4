/** HubSpot emails between the owner and the account's contacts, both ways. */
import { topicPhrases, topics } from '../catalogue/topics';
import type { AccountStory } from './account-context';
import { momentIn } from './activity-window';

export function buildEmails(ctx: AccountStory): void {
  const { rng, ids, profile, account, owner, contacts, window } = ctx;
  const emails = rng.int(profile.lifecycle === 'prospect' ? 0 : 1, 4);
  for (let k = 0; k < emails; k++) {
    const contact = rng.pick(contacts);
    const isInbound = rng.chance(0.4);
    const topic = topicPhrases[rng.chance(0.6) ? ctx.topic : rng.pick(topics)];
    const subject = isInbound
      ? rng.pick([`Question about ${topic}`, `Re: ${topic}`, 'Re: Renewal quote', 'Seat count for next year'])
      : rng.pick([
          `Follow-up: ${topic}`,
          `Your monthly compression report`,
          `Renewal quote for ${account.name}`,
          `Recap of our call`,
          `New: middle-out compression v2`,
        ]);
    const externalId = ids.numeric();
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'hubspot',
      externalId,
      type: 'email',
      title: subject,
      summary: isInbound
        ? `${contact.name} wrote to ${owner.name} about ${topic}.`
        : `${owner.name} emailed ${contact.name} about ${topic}.`,
      actor: isInbound ? contact.name : owner.name,
      url: `https://app.hubspot.com/contacts/4815162342/record/0-1/${externalId}`,
      metadata: { direction: isInbound ? 'inbound' : 'outbound', to: isInbound ? owner.email : contact.email },
      occurredAt: momentIn(rng, window),
    });
  }
}
