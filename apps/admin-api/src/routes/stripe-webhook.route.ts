import { handleStripeWebhook, type StripeClient } from '@snowball/stripe';
import type { FastifyInstance } from 'fastify';
import { withRawBody } from '../http/raw-body.js';

/** What the Stripe webhook needs: the client (its signature helper) and the endpoint's signing secret. */
export interface StripeWebhookConfig {
  readonly stripe: StripeClient;
  readonly webhookSecret: string;
}

/**
 * `POST /webhooks/stripe`: the raw body is kept for the signature check; the event is applied by the core at most
 * once (see `applyPaymentEvent`). No session or CSRF check: the signature is the authentication.
 */
export async function stripeWebhookRoutes(app: FastifyInstance, config: StripeWebhookConfig): Promise<void> {
  await withRawBody(app, async (scope) => {
    scope.post('/webhooks/stripe', async (request, reply) => {
      const header = request.headers['stripe-signature'];
      const response = await handleStripeWebhook({
        stripe: config.stripe,
        webhookSecret: config.webhookSecret,
        rawBody: request.rawBody ?? '',
        signature: Array.isArray(header) ? header[0] : header,
        apply: (event) => request.server.snowball.core.applyPaymentEvent(event),
        onError: (err, event) => request.log.error({ err, eventId: event.id, type: event.type }, 'stripe event failed'),
      });
      if (response.status === 400) request.log.warn('stripe webhook with a bad signature refused');
      return reply.code(response.status).send(response.body);
    });
  });
}
