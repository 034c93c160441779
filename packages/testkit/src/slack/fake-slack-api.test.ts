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

  it('records POSTs to response URLs', async () => {
    const url = fake.responseUrl('x');
    await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'later' }) });
    expect((await fake.waitForResponse('x')).body).toEqual({ text: 'later' });
  });
});
