import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
const bot = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}/v10${path}`, {
    ...init,
    headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json', ...init.headers },
  });

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

describe('the fake Discord’s AutoMod rules', () => {
  const rules = () => `/guilds/${fake.guild.id}/auto-moderation/rules`;
  const rule = {
    name: 'keywords',
    event_type: 1,
    trigger_type: 1,
    trigger_metadata: { keyword_filter: ['*spam*'] },
    actions: [{ type: 1, metadata: { custom_message: 'no' } }],
    enabled: true,
  };

  it('creates, lists, modifies and deletes a keyword rule as Discord does', async () => {
    const created = (await (await bot(rules(), { method: 'POST', body: JSON.stringify(rule) })).json()) as {
      id: string;
    };
    expect(created).toMatchObject({ guild_id: fake.guild.id, name: 'keywords', exempt_channels: [] });
    const patched = await bot(`${rules()}/${created.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ trigger_metadata: { keyword_filter: ['*ham*'] } }),
    });
    expect(patched.status).toBe(200);
    expect(fake.autoModRules()[0]?.trigger_metadata).toEqual({ keyword_filter: ['*ham*'] });
    expect(((await (await bot(rules())).json()) as unknown[]).length).toBe(1);
    expect((await bot(`${rules()}/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(fake.autoModRules()).toEqual([]);
    expect((await bot(`${rules()}/${created.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses what Discord refuses: long keywords, too many patterns, no actions, an alert without a channel', async () => {
    const refused = async (body: object) => {
      const answer = await bot(rules(), { method: 'POST', body: JSON.stringify(body) });
      return { status: answer.status, code: ((await answer.json()) as { code: number }).code };
    };
    const invalid = { status: 400, code: 50035 };
    expect(await refused({ ...rule, trigger_metadata: { keyword_filter: ['x'.repeat(61)] } })).toEqual(invalid);
    expect(await refused({ ...rule, trigger_metadata: { regex_patterns: Array(11).fill('a') } })).toEqual(invalid);
    expect(await refused({ ...rule, actions: [] })).toEqual(invalid);
    expect(await refused({ ...rule, actions: [{ type: 2, metadata: {} }] })).toEqual(invalid);
    expect(
      (await bot(rules(), { method: 'POST', body: JSON.stringify(rule), headers: { authorization: 'Bot x' } })).status,
    ).toBe(401);
    expect(fake.autoModRules()).toEqual([]);
  });
});
