import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';
import { compareSnowflakes, mergeSnowflakes, SnowflakeIndexedMap } from './snowflake-index.js';

let fake: FakeDiscord;

const bot = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}/v10${path}`, {
    ...init,
    headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json', ...init.headers },
  });

/** Every member of the guild, page by page, as a client walks `GET /guilds/:id/members?limit&after`. */
async function listAll(guildId: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after = '0';
  let pages = 0;
  for (;;) {
    const res = await bot(`/guilds/${guildId}/members?limit=${limit}&after=${after}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { user: { id: string }; roles: string[] }[];
    pages += 1;
    ids.push(...page.map((m) => m.user.id));
    if (page.length < limit) return { ids, pages };
    after = page.at(-1)?.user.id as string;
  }
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

describe('the fake Discord member listing', () => {
  it('lists users and role holders in numeric id order, once each, without those who left', async () => {
    const guild = fake.guild;
    const known = [...(await listAll(guild.id, 1000)).ids];
    // Ids of different lengths: numeric order, not text order.
    for (const id of ['95', '100', '9', '1000000000000000000', '20000000000000000']) fake.newUser(`u${id}`, { id });
    // A role holder the fake has no user for is still a member.
    fake.setMemberRole(guild.id, '555', guild.memberRoleId, true);
    // A user holding a role is listed once.
    fake.setMemberRole(guild.id, '95', guild.memberRoleId, true);
    fake.setInGuild(guild.id, '100', false);
    const expected = [...new Set([...known, '9', '95', '555', '20000000000000000', '1000000000000000000'])].sort(
      compareSnowflakes,
    );

    const byTwo = await listAll(guild.id, 2);
    expect(byTwo.ids).toEqual(expected);
    expect(byTwo.pages).toBe(Math.floor(expected.length / 2) + 1);
    expect((await listAll(guild.id, 1000)).ids).toEqual(expected);

    const page = (await (await bot(`/guilds/${guild.id}/members?limit=1&after=94`)).json()) as {
      user: { id: string };
      roles: string[];
    }[];
    expect(page).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ id: '95' }), roles: [guild.memberRoleId] }),
    ]);
    // Someone who rejoins, and a role given over REST to someone new, show up in later listings.
    fake.setInGuild(guild.id, '100', true);
    const put = await bot(`/guilds/${guild.id}/members/777/roles/${guild.memberRoleId}`, { method: 'PUT' });
    expect(put.status).toBe(204);
    expect((await listAll(guild.id, 3)).ids).toEqual([...expected, '100', '777'].sort(compareSnowflakes));
  });
});

describe('SnowflakeIndexedMap', () => {
  it('keeps its ids in numeric order per group through adds, repeats and deletes', () => {
    const map = new SnowflakeIndexedMap<number>((key) => key.split(':') as [string, string]);
    for (const id of ['30', '4', '200', '4', '11']) map.set(`g:${id}`, Number(id));
    map.set('h:1', 1);
    map.set('g:not-a-snowflake', 0);
    expect([...map.idsAfter('g', '0')]).toEqual(['4', '11', '30', '200']);
    expect([...map.idsAfter('g', '11')]).toEqual(['30', '200']);
    map.delete('g:30');
    expect([...map.idsAfter('g', '0')]).toEqual(['4', '11', '200']);
    expect(map.get('g:not-a-snowflake')).toBe(0);
    expect([...map.idsAfter('h', '0')]).toEqual(['1']);
    map.clear();
    expect([...map.idsAfter('g', '0')]).toEqual([]);
  });

  it('merges ordered streams without repeats', () => {
    const merged = [...mergeSnowflakes(['1', '5', '10'][Symbol.iterator](), ['2', '5', '100'][Symbol.iterator]())];
    expect(merged).toEqual(['1', '2', '5', '10', '100']);
  });
});
