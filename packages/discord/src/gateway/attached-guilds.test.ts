import { describe, expect, it } from 'vitest';
import { cachedAttachedGuilds, fixedGuilds } from './attached-guilds.js';

function source(initial: string[]) {
  const attached = new Set(initial);
  const reads = { has: 0, list: 0 };
  let failNext = false;
  return {
    attached,
    reads,
    failOnce() {
      failNext = true;
    },
    async has(guildId: string) {
      reads.has += 1;
      if (failNext) {
        failNext = false;
        throw new Error('database unavailable');
      }
      return attached.has(guildId);
    },
    async list() {
      reads.list += 1;
      return [...attached];
    },
  };
}

describe('cachedAttachedGuilds', () => {
  it('remembers an answer for the TTL, then reads the current attachment again', async () => {
    let clock = 0;
    const db = source(['g1']);
    const guilds = cachedAttachedGuilds(db, { ttlMs: 1000, now: () => clock });
    expect(await guilds.has('g2')).toBe(false);
    db.attached.add('g2');
    clock = 999;
    expect(await guilds.has('g2')).toBe(false);
    clock = 1000;
    expect(await guilds.has('g2')).toBe(true);
    expect(db.reads.has).toBe(2);
    db.attached.delete('g1');
    expect(await guilds.list()).toEqual(['g2']);
    db.attached.add('g3');
    expect(await guilds.list()).toEqual(['g2']);
    clock = 2000;
    expect(await guilds.list()).toEqual(['g2', 'g3']);
  });

  it('reads again at once after invalidate, shares one read among concurrent questions, forgets failures', async () => {
    const db = source([]);
    const guilds = cachedAttachedGuilds(db, { ttlMs: 60_000 });
    expect(await Promise.all([guilds.has('g1'), guilds.has('g1'), guilds.has('g1')])).toEqual([false, false, false]);
    expect(db.reads.has).toBe(1);
    db.attached.add('g1');
    expect(await guilds.has('g1')).toBe(false);
    guilds.invalidate('g1');
    expect(await guilds.has('g1')).toBe(true);
    db.attached.delete('g1');
    guilds.invalidate();
    db.failOnce();
    await expect(guilds.has('g1')).rejects.toThrow('database unavailable');
    expect(await guilds.has('g1')).toBe(false);
  });
});

describe('fixedGuilds', () => {
  it('serves exactly the guilds it was given', async () => {
    const guilds = fixedGuilds(['g1', 'g1', 'g2']);
    expect(await guilds.has('g1')).toBe(true);
    expect(await guilds.has('g3')).toBe(false);
    expect(await guilds.list()).toEqual(['g1', 'g2']);
  });
});
