import { App, ReceiverMultipleAckError } from '@slack/bolt';
import { messageEventRequest, signSlackRequest, slashCommandRequest, urlVerificationRequest } from '@snowball/testkit';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSlackHttpReceiver, type SlackHttpReceiver } from './slack-http-receiver.js';

const secret = 'signing-secret';

describe('SlackHttpReceiver', () => {
  let receiver: SlackHttpReceiver;
  let seen: unknown[];
  let app: App;

  beforeEach(() => {
    seen = [];
    receiver = createSlackHttpReceiver({ signingSecret: secret, unackedTimeoutMs: 200 });
    app = new App({
      receiver,
      authorize: async () => ({ botToken: 'xoxb-unused', botUserId: 'UBOT', botId: 'BBOT' }),
    });
    app.use(async ({ body, next }) => {
      seen.push(body);
      await next();
    });
  });

  const request = (fixture: { body: string; contentType: string }, headers: Record<string, string>) =>
    receiver.handle({
      rawBody: Buffer.from(fixture.body),
      headers: { 'content-type': fixture.contentType, ...headers },
    });

  it('answers the url_verification handshake', async () => {
    const fixture = urlVerificationRequest('challenge-123');
    const response = await request(fixture, signSlackRequest(secret, fixture.body));
    expect(response).toMatchObject({ status: 200, body: JSON.stringify({ challenge: 'challenge-123' }) });
  });

  it('refuses forged, stale, future and unsigned requests without processing them', async () => {
    const fixture = messageEventRequest({ text: 'hi' });
    const now = Math.floor(Date.now() / 1000);
    const forged = { ...signSlackRequest(secret, fixture.body), 'x-slack-signature': `v0=${'0'.repeat(64)}` };
    const wrongSecret = signSlackRequest('other-secret', fixture.body);
    const stale = signSlackRequest(secret, fixture.body, now - 301);
    const future = signSlackRequest(secret, fixture.body, now + 301);
    const tampered = signSlackRequest(secret, fixture.body.replace('hi', 'ho'));
    for (const headers of [forged, wrongSecret, stale, future, tampered, {}]) {
      expect((await request(fixture, headers as Record<string, string>)).status).toBe(401);
    }
    expect((await request(fixture, { 'x-slack-signature': forged['x-slack-signature'] })).status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('hands verified requests to Bolt and answers with the ack body', async () => {
    app.command('/ping', async ({ ack }) => {
      await ack({ response_type: 'ephemeral', text: 'pong' });
    });
    const fixture = slashCommandRequest({ command: '/ping' });
    const response = await request(fixture, signSlackRequest(secret, fixture.body));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ response_type: 'ephemeral', text: 'pong' });
    expect(seen).toHaveLength(1);
  });

  it('answers empty in time when a listener never acks, and tells the late ack', async () => {
    let lateAck: unknown = null;
    app.command('/slow', async ({ ack }) => {
      await new Promise((r) => setTimeout(r, 300));
      lateAck = await ack().then(
        () => 'acked',
        (error: Error) => error.name,
      );
    });
    const fixture = slashCommandRequest({ command: '/slow' });
    const started = Date.now();
    const response = await request(fixture, signSlackRequest(secret, fixture.body));
    expect(response).toMatchObject({ status: 200, body: '' });
    expect(Date.now() - started).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 200));
    expect(lateAck).toBe('SlackAckTooLateError');
  });

  it('answers 404 when no listener takes the request', async () => {
    const fixture = slashCommandRequest({ command: '/nobody' });
    expect((await request(fixture, signSlackRequest(secret, fixture.body))).status).toBe(404);
  });

  it('with ackCommandsOnArrival, answers a verified command empty before Bolt runs, then runs its listener', async () => {
    const early = createSlackHttpReceiver({ signingSecret: secret, ackCommandsOnArrival: true });
    const ran: string[] = [];
    const earlyApp = new App({
      receiver: early,
      authorize: async () => ({ botToken: 'xoxb-unused', botUserId: 'UBOT', botId: 'BBOT' }),
    });
    let listenerDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      listenerDone = resolve;
    });
    earlyApp.command('/ask', async ({ ack, command }) => {
      await ack();
      ran.push(command.text);
      ran.push(
        await ack().then(
          () => 'second ack accepted',
          (error: unknown) => (error instanceof ReceiverMultipleAckError ? 'second ack refused' : String(error)),
        ),
      );
      listenerDone();
    });
    const fixture = slashCommandRequest({ command: '/ask', text: 'pricing?' });
    const send = (headers: Record<string, string>) =>
      early.handle({
        rawBody: Buffer.from(fixture.body),
        headers: { 'content-type': fixture.contentType, ...headers },
      });

    const forged = { ...signSlackRequest(secret, fixture.body), 'x-slack-signature': `v0=${'0'.repeat(64)}` };
    expect((await send(forged)).status).toBe(401);
    const response = await send(signSlackRequest(secret, fixture.body));
    expect(response).toEqual({ status: 200, headers: {}, body: '' });
    expect(ran).toEqual([]);
    await done;
    expect(ran).toEqual(['pricing?', 'second ack refused']);
  });
});
