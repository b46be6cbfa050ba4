/**
 * Salesbricks customers → canonical records: the customer, its contacts, one `contract` revenue
 * source per subscription, and its orders as deals and contract-change activities. Pure: the clock
 * comes in as `now`.
 */
import { companyDomainFromEmail, normalizeDomain } from '@success/shared/domain';
import type { AccountRef, CanonicalRecord } from '../connector';
import { mapContract } from './contract-mapper';
import { mapOrder, orderFactsFromRest } from './order-mapper';
import type { SalesbricksCustomer, SalesbricksOrder, SalesbricksPerson, SalesbricksSubscription } from './schemas';

export type SalesbricksSubscriptionBundle = {
  subscription: SalesbricksSubscription;
  /** Closed orders from the order history. */
  orders: SalesbricksOrder[];
  /** Open upgrade and recast orders. */
  openOrders: SalesbricksOrder[];
};

export type SalesbricksCustomerBundle = {
  customer: SalesbricksCustomer;
  subscriptions: SalesbricksSubscriptionBundle[];
};

function people(subscription: SalesbricksSubscription): SalesbricksPerson[] {
  return [subscription.point_of_contact, subscription.signatory_user].flatMap((person) => (person ? [person] : []));
}

/** The customer's own domain when Salesbricks has one, else the company domain of a contact's email. */
export function salesbricksAccountRef(bundle: SalesbricksCustomerBundle): AccountRef {
  const { customer } = bundle;
  const emails = bundle.subscriptions.flatMap(({ subscription }) => [
    ...people(subscription).map((person) => person.email),
    ...(subscription.accounts_payable_emails ?? []),
  ]);
  const domain =
    normalizeDomain(customer.domain) ??
    normalizeDomain(customer.website) ??
    emails.map((email) => companyDomainFromEmail(email)).find((found) => found !== null) ??
    null;
  const email = emails.find((candidate) => candidate && candidate.includes('@')) ?? null;
  return {
    customerExternalId: customer.customer_id,
    domain,
    label: customer.name?.trim() || domain || `Salesbricks customer ${customer.customer_id}`,
    email,
  };
}

function personName(person: SalesbricksPerson): string | null {
  const first = person.preferred_name?.trim() || person.first_name?.trim() || '';
  const name = [first, person.last_name?.trim() ?? ''].filter(Boolean).join(' ');
  return name || null;
}

export function mapContacts(ref: AccountRef, subscription: SalesbricksSubscription): CanonicalRecord[] {
  return people(subscription).flatMap((person): CanonicalRecord[] => {
    const externalId = person.person_id ?? (person.email ? `email:${person.email.toLowerCase()}` : null);
    if (!externalId) return [];
    return [
      {
        kind: 'contact',
        ref,
        row: { externalId, email: person.email ?? null, name: personName(person), title: person.role ?? null },
      },
    ];
  });
}

export function mapSalesbricksCustomer(bundle: SalesbricksCustomerBundle, now: Date): CanonicalRecord[] {
  const ref = salesbricksAccountRef(bundle);
  const records: CanonicalRecord[] = [{ kind: 'customer', ref }];
  for (const { subscription, orders, openOrders } of bundle.subscriptions) {
    const currency = (subscription.currency ?? 'USD').toUpperCase();
    const subscriptionId = subscription.subscription_id;
    records.push(...mapContacts(ref, subscription));
    records.push(mapContract(ref, { subscription, orders }, now));
    for (const order of orders) {
      records.push(...mapOrder(ref, orderFactsFromRest(order, { subscriptionId, currency, isOpen: false })));
    }
    for (const order of openOrders) {
      records.push(...mapOrder(ref, orderFactsFromRest(order, { subscriptionId, currency, isOpen: true })));
    }
  }
  return records;
}
