import { MemoryCallLimiter } from '@snowball/rate-limit';
import { describe, expect, it } from 'vitest';
import { SLACK_TIERS, slackCallRules, slackTokenKey } from './slack-call-pace.js';
import { SlackClients } from './slack-clients.js';

describe('slackCallRules', () => {
  it('paces chat.postMessage per workspace and per channel', () => {
    const rules = slackCallRules('T', 'chat.postMessage', { channel: 'D1' });
    expect(rules.map((r) => r.key)).toEqual(['slack:T:chat.postMessage', 'slack:T:chat.postMessage:D1']);
    expect(rules[1]).toMatchObject({ limit: 1, periodMs: 1000 });
  });

  it('paces other methods by their tier, unknown ones as Tier 3', () => {
    expect(slackCallRules('T', 'conversations.kick')).toEqual([
      { key: 'slack:T:conversations.kick', limit: 50, periodMs: 60_000, burst: SLACK_TIERS.tier3.burst },
    ]);
    expect(slackCallRules('T', 'users.info')[0]).toMatchObject({ limit: 100 });
    expect(slackCallRules('T', 'something.new')[0]).toMatchObject({ limit: 50 });
  });

  it('never puts the token itself in a key', () => {
    const key = slackTokenKey('xoxb-secret-token');
    expect(key).not.toContain('secret');
    expect(key).toHaveLength(16);
  });
});

describe('SlackClients with a limiter', () => {
  it('takes a slot of each rule before every Web API call, and reports the call', async () => {
    const taken: string[] = [];
    const limiter = new MemoryCallLimiter();
    const spy = { acquire: async (rule: { key: string }) => void taken.push(rule.key) } as unknown as MemoryCallLimiter;
    const seen: (number | string)[] = [];
    // Port 9 on loopback refuses connections: the call fails after taking its slots.
    const clients = new SlackClients({
      apiUrl: 'http://127.0.0.1:9/api/',
      limiter: spy,
      observer: { called: (_p, status) => void seen.push(status) },
    });
    const client = clients.clientFor('xoxb-1');
    await expect(client.chat.postMessage({ channel: 'D1', text: 'hi' })).rejects.toThrow();
    const key = slackTokenKey('xoxb-1');
    expect(taken).toEqual([`slack:${key}:chat.postMessage`, `slack:${key}:chat.postMessage:D1`]);
    expect(seen).toEqual(['error']);
    expect(limiter).toBeDefined();
  });
});
