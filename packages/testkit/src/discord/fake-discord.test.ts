import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
let socket: WebSocket;
const frames: { op: number; t?: string; s?: number; d: Record<string, unknown> }[] = [];

const bot = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}/v10${path}`, {
    ...init,
    headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json', ...init.headers },
  });

function nextFrame(test: (f: (typeof frames)[number]) => boolean): Promise<(typeof frames)[number]> {
  return new Promise((resolve, reject) => {
    const seen = frames.find(test);
    if (seen) return resolve(seen);
    const timer = setTimeout(() => reject(new Error('no such frame')), 3000);
    socket.on('message', () => {
      const found = frames.find(test);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ interactionTimeoutMs: 300 });
  const gateway = (await (await bot('/gateway/bot')).json()) as { url: string; shards: number };
  expect(gateway.shards).toBe(1);
  socket = new WebSocket(`${gateway.url}?v=10&encoding=json`);
  socket.on('message', (data) => frames.push(JSON.parse(data.toString())));
  await nextFrame((f) => f.op === 10);
  socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {} } }));
  await fake.waitForReady();
});

afterAll(async () => {
  socket.close();
  await fake.close();
});

describe('FakeDiscord', () => {
  it('does the gateway handshake: HELLO, READY with the application, GUILD_CREATE, heartbeat ACK', async () => {
    const hello = frames.find((f) => f.op === 10);
    expect(hello?.d.heartbeat_interval).toBeGreaterThan(0);
    const ready = await nextFrame((f) => f.t === 'READY');
    expect(ready.d).toMatchObject({
      v: 10,
      application: { id: fake.applicationId },
      guilds: [{ id: fake.guild.id, unavailable: true }],
      resume_gateway_url: fake.gatewayUrl,
    });
    expect(ready.d.session_id).toEqual(expect.any(String));
    const guild = await nextFrame((f) => f.t === 'GUILD_CREATE');
    expect(guild.s).toBe((ready.s ?? 0) + 1);
    expect(guild.d.id).toBe(fake.guild.id);
    socket.send(JSON.stringify({ op: 1, d: guild.s }));
    await nextFrame((f) => f.op === 11);
  });

  it('refuses bot routes without the token', async () => {
    const res = await fetch(`${fake.url}/v10/users/@me/channels`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
  });

  it('answers queued 429s with the headers of their scope, then serves the call', async () => {
    const user = fake.newUser('rita');
    fake.failNext('createDm', { kind: 'rateLimit', retryAfter: 0.25 });
    fake.failNext('createDm', { kind: 'rateLimit', retryAfter: 0.5, scope: 'global' });
    const body = JSON.stringify({ recipient_id: user.id });
    const route = await bot('/users/@me/channels', { method: 'POST', body });
    expect(route.status).toBe(429);
    expect(Object.fromEntries(route.headers)).toMatchObject({
      'retry-after': '0.25',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-scope': 'user',
      'x-ratelimit-reset-after': '0.250',
    });
    expect(await route.json()).toEqual({ message: 'You are being rate limited.', retry_after: 0.25, global: false });
    const global = await bot('/users/@me/channels', { method: 'POST', body });
    expect(global.headers.get('x-ratelimit-global')).toBe('true');
    expect(global.headers.get('x-ratelimit-scope')).toBe('global');
    const ok = await bot('/users/@me/channels', { method: 'POST', body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ type: 1, recipients: [{ id: user.id, username: 'rita' }] });
    const forRita = fake.callsTo(
      'createDm',
      (c) => (c.body as { recipient_id?: string } | null)?.recipient_id === user.id,
    );
    expect(forRita.map((c) => c.status)).toEqual([429, 429, 200]);
  });

  it('answers queued JSON errors and server errors', async () => {
    fake.failNext('createMessage', { kind: 'error', code: 50007 });
    fake.failNext('createMessage', { kind: 'serverError', status: 502 });
    const first = await bot(`/channels/${fake.guild.channelId}/messages`, { method: 'POST', body: '{"content":"a"}' });
    expect(first.status).toBe(403);
    expect(await first.json()).toEqual({ message: 'Cannot send messages to this user', code: 50007 });
    const second = await bot(`/channels/${fake.guild.channelId}/messages`, { method: 'POST', body: '{"content":"a"}' });
    expect(second.status).toBe(502);
  });

  it('enforces the interaction rules: one first response, in time; edits only after a message response', async () => {
    const user = fake.newUser('ivy');
    const a = fake.dispatchInteraction({ kind: 'command', user, name: 'me' });
    const callback = (i: { id: string; token: string }, body: unknown) =>
      fetch(`${fake.url}/v10/interactions/${i.id}/${i.token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const edit = (token: string) =>
      fetch(`${fake.url}/v10/webhooks/${fake.applicationId}/${token}/messages/%40original`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: '{"content":"done"}',
      });
    expect((await edit(a.token)).status).toBe(404);
    expect((await callback(a, { type: 5, data: { flags: 64 } })).status).toBe(204);
    const again = await callback(a, { type: 4, data: { content: 'x' } });
    expect(await again.json()).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
    const edited = await edit(a.token);
    expect(await edited.json()).toMatchObject({ content: 'done', flags: 64 });

    const late = fake.dispatchInteraction({ kind: 'command', user, name: 'me' });
    await new Promise((r) => setTimeout(r, 350));
    const expired = await callback(late, { type: 4, data: { content: 'x' } });
    expect(await expired.json()).toEqual({ message: 'Unknown interaction', code: 10062 });
  });

  it('refuses command registrations Discord would refuse', async () => {
    const path = `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`;
    const bad = await bot(path, {
      method: 'PUT',
      body: JSON.stringify([{ type: 1, name: 'Bad Name', description: '' }]),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: number }).code).toBe(50035);
    const good = await bot(path, {
      method: 'PUT',
      body: JSON.stringify([
        {
          type: 1,
          name: 'ask',
          description: 'Ask',
          options: [{ type: 3, name: 'q', description: 'Q', required: true }],
        },
        { type: 3, name: 'Report message' },
      ]),
    });
    const stored = (await good.json()) as { id: string; name: string }[];
    expect(stored.map((c) => c.name)).toEqual(['ask', 'Report message']);
    const again = (await (
      await bot(path, { method: 'PUT', body: JSON.stringify([{ type: 1, name: 'ask', description: 'Ask' }]) })
    ).json()) as { id: string }[];
    expect(again[0]?.id).toBe(stored[0]?.id);
  });

  it('records member role changes', async () => {
    const user = fake.newUser('mo');
    const path = `/guilds/${fake.guild.id}/members/${user.id}/roles/${fake.guild.memberRoleId}`;
    expect((await bot(path, { method: 'PUT' })).status).toBe(204);
    expect(fake.memberRoles(fake.guild.id, user.id)).toEqual([fake.guild.memberRoleId]);
    expect((await bot(path, { method: 'DELETE' })).status).toBe(204);
    expect(fake.memberRoles(fake.guild.id, user.id)).toEqual([]);
    const wrongRole = await bot(`/guilds/${fake.guild.id}/members/${user.id}/roles/1`, { method: 'PUT' });
    expect(((await wrongRole.json()) as { code: number }).code).toBe(10011);
  });
});
