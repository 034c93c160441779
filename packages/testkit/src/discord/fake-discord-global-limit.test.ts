import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';
import { FakeDiscordGlobalLimit } from './fake-discord-global-limit.js';

describe('FakeDiscordGlobalLimit', () => {
  it('lets perSecond requests into any sliding second and refuses the next with a global 429', () => {
    let now = 0;
    const limit = new FakeDiscordGlobalLimit(3, () => now);
    expect([limit.check(), limit.check(), limit.check()]).toEqual([null, null, null]);
    now = 400;
    const refused = limit.check();
    expect(refused).toMatchObject({
      status: 429,
      headers: { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global', 'retry-after': '0.6' },
      body: { global: true, retry_after: 0.6 },
    });
    // A refused request is not counted: at 1000 ms the first three leave the window.
    now = 1000;
    expect(limit.check()).toBeNull();
    expect({ passed: limit.passed, refused: limit.refused, busiest: limit.busiestSecond() }).toEqual({
      passed: 4,
      refused: 1,
      busiest: 3,
    });
  });
});

describe('FakeDiscord with globalRateLimit', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ globalRateLimit: 5 });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('answers bot requests beyond the limit with 429 and records them', async () => {
    const user = fake.newUser('busy');
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${fake.url}/v10/users/@me/channels`, {
          method: 'POST',
          headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ recipient_id: user.id }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(fake.callsTo('createDm', (c) => c.status === 429)).toHaveLength(3);
    expect(fake.globalLimit?.refused).toBe(3);
  });
});
