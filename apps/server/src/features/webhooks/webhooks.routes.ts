import { z } from 'zod';
import type { App, AppContext } from '../../http/app-types';
import { receiveSalesbricksWebhook, receiveStripeWebhook } from './webhooks.service';

const deliverySchema = z.object({
  received: z.literal(true),
  duplicate: z.boolean(),
  outcome: z.enum(['mapped', 'ignored', 'sync_started']),
});

/** Webhooks are verified by signature, not by session, and need the exact bytes that were signed. */
export function registerWebhookRoutes(app: App, context: AppContext) {
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: 1024 * 1024 },
      (_request, body, parsed) => parsed(null, body),
    );
    scope.post(
      '/webhooks/stripe',
      {
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
        schema: {
          tags: ['webhooks'],
          summary: 'Stripe webhook endpoint: verifies Stripe-Signature (300 s tolerance), idempotent on event id',
          security: [],
          headers: z.object({ 'stripe-signature': z.string().max(2000).optional() }),
          response: { 200: deliverySchema },
        },
      },
      async (request) => {
        const signature = request.headers['stripe-signature'];
        const rawBody = typeof request.body === 'string' ? request.body : '';
        return receiveStripeWebhook(context, rawBody, typeof signature === 'string' ? signature : undefined);
      },
    );
    scope.post(
      '/webhooks/salesbricks',
      {
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
        schema: {
          tags: ['webhooks'],
          summary: 'Salesbricks webhook endpoint: verifies X-SALESBRICKS-KEY (base64 HMAC-SHA512 of the body)',
          security: [],
          headers: z.object({ 'x-salesbricks-key': z.string().max(2000).optional() }),
          response: { 200: deliverySchema },
        },
      },
      async (request) => {
        const signature = request.headers['x-salesbricks-key'];
        const rawBody = typeof request.body === 'string' ? request.body : '';
        return receiveSalesbricksWebhook(context, rawBody, typeof signature === 'string' ? signature : undefined);
      },
    );
    done();
  });
}
