import type { Form } from '@snowball/commands';
import { describe, expect, it } from 'vitest';
import { FormStash, type FormStashRedis, RedisFormStash } from './form-stash.js';

const form: Form = { action: 'x:submit', title: 'X', fields: [] };

describe('FormStash', () => {
  it('returns a stashed form until it expires, and only then', async () => {
    let now = 0;
    const stash = new FormStash(1000, 10, () => now);
    const id = await stash.put(form);
    expect(FormStash.isStashed(id)).toBe(true);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(await stash.get(id)).toBe(form);
    expect(await stash.get(id)).toBe(form);
    now = 1000;
    expect(await stash.get(id)).toBeNull();
  });

  it('forgets the oldest forms beyond its size', async () => {
    const stash = new FormStash(60_000, 2);
    const first = await stash.put(form);
    await stash.put(form);
    await stash.put(form);
    expect(await stash.get(first)).toBeNull();
    expect(FormStash.isStashed('apply:start')).toBe(false);
  });
});

/** A map standing in for Redis, recording each SET's expiry. */
function mapRedis(): FormStashRedis & { expiries: number[] } {
  const values = new Map<string, string>();
  const expiries: number[] = [];
  return {
    expiries,
    async set(key, value, _mode, ms) {
      values.set(key, value);
      expiries.push(ms);
      return 'OK';
    },
    async get(key) {
      return values.get(key) ?? null;
    },
  };
}

describe('RedisFormStash', () => {
  it('lets another process (another stash on the same Redis) open the form, with an expiry', async () => {
    const redis = mapRedis();
    const id = await new RedisFormStash(redis, { prefix: 'p', ttlMs: 5000 }).put(form);
    expect(FormStash.isStashed(id)).toBe(true);
    expect(await new RedisFormStash(redis, { prefix: 'p' }).get(id)).toEqual(form);
    expect(redis.expiries).toEqual([5000]);
  });

  it('answers null for an unknown or foreign custom id', async () => {
    const stash = new RedisFormStash(mapRedis());
    expect(await stash.get('discord-form:nope')).toBeNull();
    expect(await stash.get('apply:start')).toBeNull();
  });
});
