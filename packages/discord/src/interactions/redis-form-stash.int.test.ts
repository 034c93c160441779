import type { Form } from '@snowball/commands';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisFormStash } from './form-stash.js';

const prefix = `form-stash-test-${process.pid}-${Date.now()}`;
const a = new Redis(process.env['REDIS_URL'] as string);
const b = new Redis(process.env['REDIS_URL'] as string);

afterAll(async () => {
  const keys = await a.keys(`${prefix}:*`);
  if (keys.length) await a.del(...keys);
  a.disconnect();
  b.disconnect();
});

describe('RedisFormStash on Redis', () => {
  it('opens, in a second process, a form stashed by the first, until it expires', async () => {
    const form: Form = { action: 'apply:submit', title: '入会申请', fields: [] };
    const id = await new RedisFormStash(a, { prefix, ttlMs: 30_000 }).put(form);
    expect(await new RedisFormStash(b, { prefix }).get(id)).toEqual(form);
    const ttl = await a.pttl(`${prefix}:discord-form:${id.slice('discord-form:'.length)}`);
    expect(ttl).toBeGreaterThan(20_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });
});
