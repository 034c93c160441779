import { parse as parseQuery } from 'node:querystring';
import { type App, type Receiver, type ReceiverEvent, ReceiverMultipleAckError, verifySlackRequest } from '@slack/bolt';
import { type SlackLogger, silentLogger } from '../config/slack-logger.js';

/** A request as any HTTP framework can hand it over; `rawBody` must be the exact bytes Slack signed. */
export interface SlackHttpRequest {
  readonly rawBody: string | Buffer;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly query?: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** What to send back, framework-free. */
export interface SlackHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Thrown by `ack()` when the receiver already answered Slack empty (the listener missed the deadline). */
export class SlackAckTooLateError extends Error {
  override readonly name = 'SlackAckTooLateError';
  constructor() {
    super('ack() came after the receiver had already answered Slack');
  }
}

/** How the HTTP receiver verifies and times requests. */
export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly logger?: SlackLogger;
  /**
   * If no listener has acked by then, answer 200 with an empty body anyway, so Slack never sees a timeout
   * (3 s) and never retries. Listeners ack well before this (see `ackTimeoutMs`).
   */
  readonly unackedTimeoutMs?: number;
  /** Requests older (or newer) than this are refused as replays. Slack's rule is 5 minutes. */
  readonly maxAgeSeconds?: number;
  readonly now?: () => number;
  /** Told how long each acked request took from arrival to its ack (the ack latency metric). */
  readonly onAck?: (ms: number) => void;
  /**
   * Answer a verified slash command with an empty 200 at once, before Bolt runs (its listener's `ack()` then
   * does nothing): for apps whose command listeners always ack empty and answer at the response URL, as
   * snowball's do. Slack's 3-second clock then never waits on authorisation, middleware or a busy process.
   */
  readonly ackCommandsOnArrival?: boolean;
}

const EMPTY_OK: SlackHttpResponse = { status: 200, headers: {}, body: '' };

function text(status: number, body = ''): SlackHttpResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

function header(headers: SlackHttpRequest['headers'], name: string): string | undefined {
  const direct = headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const value = Array.isArray(direct) ? direct[0] : direct;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Bolt's custom Receiver for any HTTP server: mount `handle()` at `POST /slack/events` (commands,
 * interactivity and events all arrive there). It verifies Slack's signature with Bolt's
 * `verifySlackRequest` before anything is parsed, answers `url_verification`, and hands the rest to
 * `app.processEvent`, answering as soon as the listener acks.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | null = null;
  private readonly logger: SlackLogger;

  constructor(private readonly options: SlackHttpReceiverOptions) {
    if (!options.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required for Slack over HTTP');
    this.logger = options.logger ?? silentLogger;
  }

  init(app: App): void {
    this.app = app;
  }

  // The HTTP server belongs to the host (Fastify or the test server); nothing to start or stop here.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(request: SlackHttpRequest): Promise<SlackHttpResponse> {
    const rawBody = typeof request.rawBody === 'string' ? request.rawBody : request.rawBody.toString('utf8');
    if (!this.verified(request, rawBody)) return text(401, 'invalid signature');

    let body: Record<string, unknown>;
    try {
      body = parseBody(rawBody, header(request.headers, 'content-type') ?? '');
    } catch {
      return text(400, 'unreadable body');
    }
    if (body.ssl_check) return EMPTY_OK;
    if (body.type === 'url_verification') {
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ challenge: body.challenge }),
      };
    }
    const app = this.app;
    if (!app) return text(503, 'not ready');

    const retryNumHeader = header(request.headers, 'x-slack-retry-num');
    const retryNum = retryNumHeader === undefined ? undefined : Number(retryNumHeader);
    const retryReason = header(request.headers, 'x-slack-retry-reason');

    const arrived = performance.now();
    if (this.options.ackCommandsOnArrival && typeof body.command === 'string') {
      this.options.onAck?.(performance.now() - arrived);
      const event: ReceiverEvent = {
        body,
        retryNum: Number.isFinite(retryNum) ? retryNum : undefined,
        retryReason,
        // Already answered: the listener's ack is a no-op, but a second one is still a bug.
        ack: (() => {
          let acked = false;
          return async () => {
            if (acked) throw new ReceiverMultipleAckError();
            acked = true;
          };
        })(),
      };
      setImmediate(() => {
        app.processEvent(event).catch((error: unknown) => {
          this.logger.error({ err: error, type: 'slash_command' }, 'slack: processing failed after the ack');
        });
      });
      return EMPTY_OK;
    }
    return new Promise<SlackHttpResponse>((resolve) => {
      let answered = false;
      let acked = false;
      const answer = (response: SlackHttpResponse) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(response);
      };
      const timer = setTimeout(() => {
        this.logger.warn({ type: body.type }, 'slack: no ack in time; answered empty');
        answer(EMPTY_OK);
      }, this.options.unackedTimeoutMs ?? 2_700);
      const event: ReceiverEvent = {
        body,
        retryNum: Number.isFinite(retryNum) ? retryNum : undefined,
        retryReason,
        ack: async (response?: unknown) => {
          if (acked) throw new ReceiverMultipleAckError();
          acked = true;
          if (answered) throw new SlackAckTooLateError();
          answer(ackResponse(response));
          this.options.onAck?.(performance.now() - arrived);
        },
      };
      app.processEvent(event).then(
        () => {
          // Bolt found no listener (or dropped the request) without acking: the same answer as Bolt's receivers.
          if (!acked) answer(text(404));
        },
        (error: unknown) => {
          this.logger.error({ err: error, type: body.type }, 'slack: processing failed');
          answer(text(500, 'internal error'));
        },
      );
    });
  }

  private verified(request: SlackHttpRequest, rawBody: string): boolean {
    const signature = header(request.headers, 'x-slack-signature');
    const timestamp = header(request.headers, 'x-slack-request-timestamp');
    if (!signature || !timestamp || !/^\d+$/.test(timestamp)) return false;
    const nowMs = this.options.now?.() ?? Date.now();
    // Bolt refuses old timestamps; a timestamp far in the future would stay replayable, so refuse those too.
    if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > (this.options.maxAgeSeconds ?? 300)) return false;
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: rawBody,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: nowMs,
      });
      return true;
    } catch (error) {
      this.logger.info({ reason: error instanceof Error ? error.message : String(error) }, 'slack: refused request');
      return false;
    }
  }
}

function parseBody(rawBody: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const fields = parseQuery(rawBody);
    if (typeof fields.payload === 'string') return JSON.parse(fields.payload) as Record<string, unknown>;
    return fields as Record<string, unknown>;
  }
  return JSON.parse(rawBody) as Record<string, unknown>;
}

function ackResponse(response: unknown): SlackHttpResponse {
  if (response === undefined || response === null || response === '') return EMPTY_OK;
  if (typeof response === 'string') return text(200, response);
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(response) };
}

/** The receiver to give Bolt (`new App({ receiver })`) and mount at `POST /slack/events`. */
export function createSlackHttpReceiver(options: SlackHttpReceiverOptions): SlackHttpReceiver {
  return new SlackHttpReceiver(options);
}
