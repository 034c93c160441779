import {
  appHomeOpenedRequest,
  messageEventRequest,
  postSlackRequest,
  signSlackRequest,
  slashCommandRequest,
  urlVerificationRequest,
} from '@snowball/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  allText,
  buttonActions,
  createClub,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';

describe('Slack: request verification and event deduplication', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness();
    await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: 'U0OWNER' });
  });
  beforeEach(() => {
    h.fake.clearRecords();
    h.messages.length = 0;
  });
  afterAll(() => h.close());

  it('answers the url_verification handshake', async () => {
    const response = await h.post(urlVerificationRequest('abc123'));
    expect(response).toMatchObject({ status: 200, json: { challenge: 'abc123' } });
  });

  it('refuses forged, stale and unsigned requests with 401 and processes nothing', async () => {
    const event = messageEventRequest({ text: 'hello', teamId: TEAM });
    const command = slashCommandRequest({ command: '/apply', responseUrl: h.fake.responseUrl('forged') });
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    for (const fixture of [event, command]) {
      expect((await h.post(fixture, { signature: `v0=${'a'.repeat(64)}` })).status).toBe(401);
      expect((await h.post(fixture, { secret: 'not-the-secret' })).status).toBe(401);
      expect((await h.post(fixture, { timestamp: stale })).status).toBe(401);
      expect((await h.post(fixture, { unsigned: true })).status).toBe(401);
    }
    // A valid signature over other bytes is still a forgery.
    const headers = signSlackRequest(SIGNING_SECRET, event.body);
    const swapped = await fetch(`${h.server.url}/slack/events`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: event.body.replace('hello', 'HELLO'),
    });
    expect(swapped.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.messages).toEqual([]);
    expect(h.fake.calls).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });

  it('handles an event delivered three times (Slack retries) once', async () => {
    const fixture = messageEventRequest({ text: 'Anyone selling 币圈 products?', teamId: TEAM, eventId: 'Ev0RETRY1' });
    const first = await h.post(fixture);
    const second = await h.post(fixture, { retryNum: 1, retryReason: 'http_timeout' });
    const third = await h.post(fixture, { retryNum: 2, retryReason: 'http_timeout' });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.messages).toHaveLength(1);
    expect(h.messages[0]).toMatchObject({
      platform: 'slack',
      workspaceId: TEAM,
      content: 'Anyone selling 币圈 products?',
    });

    const home = appHomeOpenedRequest({ userId: 'U0VISITOR', teamId: TEAM, eventId: 'Ev0RETRY2' });
    for (const retryNum of [undefined, 1, 2]) await h.post(home, retryNum ? { retryNum } : {});
    await h.fake.waitForCall('views.publish');
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
  });

  it('handles a first delivery that arrives as a retry (the original never reached us)', async () => {
    await h.post(messageEventRequest({ text: 'late', teamId: TEAM, eventId: 'Ev0ONLYRETRY' }), { retryNum: 3 });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.messages.map((m) => m.content)).toEqual(['late']);
  });

  it('ignores the bot’s own posts', async () => {
    const bot = h.fake.defaultWorkspace;
    await h.post(messageEventRequest({ text: 'from the bot', teamId: TEAM, userId: bot.botUserId, botId: bot.botId }));
    await new Promise((r) => setTimeout(r, 100));
    expect(h.messages).toEqual([]);
  });

  it('shows visitors how to apply in the App Home tab', async () => {
    h.fake.addUser({ id: 'U0VISITOR2', locale: 'en-US' });
    await h.post(appHomeOpenedRequest({ userId: 'U0VISITOR2', teamId: TEAM }));
    const publish = await h.fake.waitForCall('views.publish', (c) => c.body.user_id === 'U0VISITOR2');
    expect(allText(publish.body.view as never)).toContain('Membership is by application');
    expect(buttonActions(publish.body.view as never)).toEqual(['apply:start']);
  });

  it('refuses requests from a workspace the app is not installed in, without answering', async () => {
    const response = await postSlackRequest(
      `${h.server.url}/slack/events`,
      slashCommandRequest({ command: '/me', teamId: 'T0OTHER' }),
      { secret: SIGNING_SECRET },
    );
    expect(response).toMatchObject({ status: 200, text: '' });
  });
});
