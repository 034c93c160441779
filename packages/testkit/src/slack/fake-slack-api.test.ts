import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './fake-slack-api.js';

describe('FakeSlackApi', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await FakeSlackApi.start();
  });
  afterAll(() => fake.close());

  const call = (method: string, body: Record<string, string>, token = fake.defaultWorkspace.botToken) =>
    fetch(`${fake.apiUrl}${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body),
    });

  it('answers like the Web API and records every call with its token', async () => {
    const auth = await (await call('auth.test', {})).json();
    expect(auth).toMatchObject({ ok: true, team_id: 'T0SNOWBALL', user_id: 'U0SNOWBOT', bot_id: 'B0SNOWBOT' });
    const post = await (await call('chat.postMessage', { channel: 'U1', text: 'hi', blocks: '[]' })).json();
    expect(post).toMatchObject({ ok: true, channel: 'D1' });
    expect(await (await call('auth.test', {}, 'xoxb-wrong')).json()).toEqual({ ok: false, error: 'invalid_auth' });
    expect(fake.callsTo('chat.postMessage')[0]).toMatchObject({
      token: fake.defaultWorkspace.botToken,
      body: { channel: 'U1', text: 'hi', blocks: [] },
    });
  });

  it('rate-limits the next calls as asked', async () => {
    fake.rateLimitNext(1, { method: 'users.info', retryAfterSeconds: 3 });
    const limited = await call('users.info', { user: 'U1' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await call('users.info', { user: 'U1' })).status).toBe(200);
  });

  it('opens one multi-person DM per set of people with the bot, and a plain DM for one person', async () => {
    const first = await (await call('conversations.open', { users: 'U0ADA,U0BOB' })).json();
    const again = await (await call('conversations.open', { users: 'U0BOB,U0ADA' })).json();
    expect(first).toMatchObject({ ok: true, channel: { is_mpim: true } });
    expect(again.channel.id).toBe(first.channel.id);
    expect(fake.multiPersonDms()).toEqual([
      { id: first.channel.id, teamId: 'T0SNOWBALL', members: ['U0ADA', 'U0BOB', 'U0SNOWBOT'] },
    ]);
    expect(await (await call('conversations.open', { users: 'U0ADA' })).json()).toMatchObject({
      channel: { id: 'D0ADA' },
    });
  });

  it('records POSTs to response URLs', async () => {
    const url = fake.responseUrl('x');
    await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'later' }) });
    expect((await fake.waitForResponse('x')).body).toEqual({ text: 'later' });
  });
});
