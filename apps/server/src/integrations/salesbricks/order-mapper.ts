/**
 * Orders → pipeline deals and contract-change activities. REST orders and webhook orders are first
 * reduced to `OrderFacts`, so a webhook and the next full pass write the same rows (same external
 * ids) and converge instead of duplicating.
 */
import type { AccountRef, CanonicalRecord } from '../connector';
import { parseSalesbricksDate } from './contract-terms';
import { currencyInText, toMinorUnits } from './money';
import { orderStage, orderTypeLabel } from './order-stage';
import type { SalesbricksOrder, SalesbricksWebhookOrder } from './schemas';

export type OrderFacts = {
  id: string;
  subscriptionId: string | null;
  type: string | null;
  stage: string | null;
  /** Stage assumed when the payload has none: order history only lists closed orders. */
  fallbackStage: 'CLOSED' | 'BUILDING';
  contractValue: number | string | null;
  currency: string;
  startsAt: string | null;
  endsAt: string | null;
  closedAt: string | null;
  updatedAt: string | null;
  createdAt: string | null;
  lostReason: string | null;
  ownerName: string | null;
  pdfUrl: string | null;
};

export function orderFactsFromRest(
  order: SalesbricksOrder,
  context: { subscriptionId: string; currency: string; isOpen: boolean },
): OrderFacts {
  return {
    id: order.order_id,
    subscriptionId: context.subscriptionId,
    type: order.order_type ?? null,
    stage: order.stage ?? null,
    fallbackStage: context.isOpen ? 'BUILDING' : 'CLOSED',
    contractValue: order.contract_value ?? null,
    currency: currencyInText(order.contract_value) ?? context.currency,
    startsAt: order.starts_at ?? null,
    endsAt: order.ends_at ?? null,
    closedAt: order.closed_at ?? null,
    updatedAt: order.updated_at ?? null,
    createdAt: order.created_at ?? null,
    lostReason: order.closed_lost_reason ?? order.lost_reason ?? null,
    ownerName: order.owner_name ?? null,
    pdfUrl: order.pdf_url ?? null,
  };
}

export function orderFactsFromWebhook(order: SalesbricksWebhookOrder): OrderFacts {
  const value = order.contract_value ?? order.grand_total ?? null;
  return {
    id: order.id,
    subscriptionId: order.subscription_id ?? order.chain_id ?? null,
    type: order.order_type ?? null,
    stage: order.stage ?? null,
    fallbackStage: 'BUILDING',
    contractValue: value,
    currency: (order.currency ?? currencyInText(value) ?? 'USD').toUpperCase(),
    startsAt: order.starts_at ?? null,
    endsAt: order.ends_at ?? null,
    closedAt: order.closed_at ?? null,
    updatedAt: order.updated_at ?? null,
    createdAt: order.created_at ?? null,
    lostReason: order.closed_lost_reason ?? order.lost_reason ?? null,
    ownerName: order.owner_name ?? null,
    pdfUrl: null,
  };
}

function dateOnly(value: string | null): string | null {
  const date = parseSalesbricksDate(value);
  return date ? date.toISOString().slice(0, 10) : null;
}

/**
 * One order → a deal (open, won or lost; deleted orders are dropped) and an activity for the stage
 * it is in. The activity's id includes the stage, so each stage an order passes through while we
 * watch becomes its own `contract_change` entry on the timeline.
 */
export function mapOrder(ref: AccountRef, order: OrderFacts): CanonicalRecord[] {
  const stage = orderStage(order.stage, order.fallbackStage);
  if (stage.status === 'deleted') return [];
  const typeLabel = orderTypeLabel(order.type);
  const amountMinor = toMinorUnits(order.contractValue, order.currency) ?? 0;
  const isClosed = stage.status !== 'open';
  const closedOn = isClosed ? (order.closedAt ?? order.updatedAt ?? order.startsAt) : null;
  const records: CanonicalRecord[] = [
    {
      kind: 'deal',
      ref,
      row: {
        externalId: order.id,
        name: `${ref.label} · ${typeLabel}`,
        stage: stage.label,
        status: stage.status,
        amountMinor,
        currency: order.currency,
        closeDate: dateOnly(closedOn) ?? dateOnly(order.startsAt),
        lostReason: stage.status === 'lost' ? order.lostReason : null,
        ownerName: order.ownerName,
      },
    },
  ];
  // An open order from the REST list carries no timestamp; without one there is no moment to record.
  const occurredAt = parseSalesbricksDate(closedOn ?? order.updatedAt ?? order.createdAt);
  if (occurredAt) {
    records.push({
      kind: 'activity',
      ref,
      row: {
        externalId: `${order.id}:${stage.key}`,
        type: 'contract_change',
        title: `${typeLabel} order: ${stage.label.toLowerCase()}`,
        summary: stage.status === 'lost' && order.lostReason ? `Lost: ${order.lostReason}` : null,
        url: order.pdfUrl,
        metadata: {
          orderId: order.id,
          subscriptionId: order.subscriptionId,
          orderType: order.type,
          stage: stage.key,
          amountMinor,
          currency: order.currency,
        },
        occurredAt,
      },
    });
  }
  return records;
}
