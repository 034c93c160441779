export * from './create-stripe-client.js';
export * from './handle-stripe-webhook.js';
export * from './open-stripe.js';
export * from './stripe-config.js';
export * from './stripe-payment-gateway.js';
export * from './stripe-webhook.js';
