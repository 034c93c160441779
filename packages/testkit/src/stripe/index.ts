export * from './fake-stripe.js';
export * from './stripe-events.js';
