import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One API call the client made, as the fake saw it (form-decoded body). */
export interface RecordedStripeCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly idempotencyKey: string | null;
  readonly body: Record<string, unknown>;
}

/** A Checkout Session as the Stripe API returns it (the fields snowball and its tests read). */
export interface FakeCheckoutSession {
  readonly id: string;
  readonly object: 'checkout.session';
  readonly amount_subtotal: number;
  readonly amount_total: number;
  readonly cancel_url: string | null;
  readonly client_reference_id: string | null;
  readonly created: number;
  readonly currency: string;
  readonly expires_at: number;
  readonly livemode: false;
  readonly locale: string | null;
  readonly metadata: Record<string, string>;
  readonly mode: 'payment';
  readonly payment_intent: string | null;
  readonly payment_method_types: string[];
  readonly payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  readonly status: 'open' | 'complete' | 'expired';
  readonly success_url: string | null;
  readonly url: string | null;
  /** Not a Stripe field: the PaymentIntent metadata the client asked for (payment_intent_data.metadata). */
  readonly payment_intent_metadata: Record<string, string>;
}

/** Decodes Stripe's form encoding (`a[b][0][c]=v`) into nested objects and arrays. */
export function decodeStripeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1] ?? '');
      const container = node as Record<string, unknown>;
      if (last) container[part] = value;
      else {
        container[part] ??= nextIsIndex ? [] : {};
        node = container[part] as Record<string, unknown>;
      }
    });
  }
  return root;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/**
 * A local Stripe API for the real `stripe` client (`new Stripe(key, { host, port, protocol: 'http' })`):
 * `POST /v1/checkout/sessions` and `GET /v1/checkout/sessions/:id`, with the secret key checked and an
 * idempotency key answered with the same session. Sessions can then be completed to build webhook events.
 */
export class FakeStripe {
  readonly calls: RecordedStripeCall[] = [];
  readonly sessions = new Map<string, FakeCheckoutSession>();
  private readonly byIdempotencyKey = new Map<string, string>();
  private server: Server | null = null;
  /** Makes the next API call fail with this HTTP status and Stripe error. */
  private failures: { status: number; type: string; message: string }[] = [];

  constructor(readonly secretKey = `sk_test_${randomBytes(12).toString('hex')}`) {}

  async start(): Promise<{ host: string; port: number; url: string }> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return { host: '127.0.0.1', port, url: `http://127.0.0.1:${port}` };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  failNext(status = 500, type = 'api_error', message = 'fake failure'): void {
    this.failures.push({ status, type, message });
  }

  /** The payer finished paying: the session is complete (card) or still processing (bank-redirect methods). */
  complete(sessionId: string, options: { readonly paid?: boolean } = {}): FakeCheckoutSession {
    const session = this.session(sessionId);
    const done: FakeCheckoutSession = {
      ...session,
      status: 'complete',
      payment_status: options.paid === false ? 'unpaid' : 'paid',
      payment_intent: session.payment_intent ?? id('pi'),
    };
    this.sessions.set(sessionId, done);
    return done;
  }

  expire(sessionId: string): FakeCheckoutSession {
    const expired: FakeCheckoutSession = { ...this.session(sessionId), status: 'expired', url: null };
    this.sessions.set(sessionId, expired);
    return expired;
  }

  session(sessionId: string): FakeCheckoutSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no fake session ${sessionId}`);
    return session;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = decodeStripeForm(Buffer.concat(chunks).toString('utf8'));
    const url = new URL(req.url ?? '/', 'http://fake');
    const call: RecordedStripeCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: req.headers.authorization ?? null,
      idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
      body,
    };
    this.calls.push(call);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, type: string, message: string) => send(status, { error: { type, message } });
    if (call.authorization !== `Bearer ${this.secretKey}`) {
      return error(401, 'invalid_request_error', 'Invalid API Key provided');
    }
    const failure = this.failures.shift();
    if (failure) return error(failure.status, failure.type, failure.message);
    if (call.method === 'POST' && call.path === '/v1/checkout/sessions') {
      const known = call.idempotencyKey ? this.byIdempotencyKey.get(call.idempotencyKey) : undefined;
      if (known) return send(200, this.session(known));
      return send(200, this.createSession(body, call.idempotencyKey));
    }
    const match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(call.path);
    if (call.method === 'GET' && match) {
      const session = this.sessions.get(match[1] ?? '');
      return session ? send(200, session) : error(404, 'invalid_request_error', 'No such checkout.session');
    }
    return error(404, 'invalid_request_error', `Unrecognized request URL (${call.method}: ${call.path})`);
  }

  private createSession(body: Record<string, unknown>, idempotencyKey: string | null): FakeCheckoutSession {
    const items = (body['line_items'] as Record<string, Record<string, Record<string, unknown>>>[] | undefined) ?? [];
    let total = 0;
    let currency = '';
    for (const item of items) {
      const price = item['price_data'] as Record<string, unknown> | undefined;
      const quantity = Number(item['quantity'] ?? 1);
      total += Number(price?.['unit_amount'] ?? 0) * quantity;
      currency = String(price?.['currency'] ?? currency);
    }
    const sessionId = id('cs');
    const now = Math.floor(Date.now() / 1000);
    const paymentIntentData = (body['payment_intent_data'] as Record<string, unknown> | undefined) ?? {};
    const session: FakeCheckoutSession = {
      id: sessionId,
      object: 'checkout.session',
      amount_subtotal: total,
      amount_total: total,
      cancel_url: (body['cancel_url'] as string | undefined) ?? null,
      client_reference_id: (body['client_reference_id'] as string | undefined) ?? null,
      created: now,
      currency,
      expires_at: Number(body['expires_at'] ?? now + 24 * 3600),
      livemode: false,
      locale: (body['locale'] as string | undefined) ?? null,
      metadata: (body['metadata'] as Record<string, string> | undefined) ?? {},
      mode: 'payment',
      payment_intent: null,
      payment_method_types: (body['payment_method_types'] as string[] | undefined) ?? ['card'],
      payment_status: 'unpaid',
      status: 'open',
      success_url: (body['success_url'] as string | undefined) ?? null,
      url: `https://checkout.stripe.com/c/pay/${sessionId}`,
      payment_intent_metadata: (paymentIntentData['metadata'] as Record<string, string> | undefined) ?? {},
    };
    this.sessions.set(sessionId, session);
    if (idempotencyKey) this.byIdempotencyKey.set(idempotencyKey, sessionId);
    return session;
  }
}
