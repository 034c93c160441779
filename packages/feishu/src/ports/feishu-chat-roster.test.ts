import type { RosterPage } from '@snowball/core';
import { FakeFeishu } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeishuChatRoster } from './feishu-chat-roster.js';
import { createFeishuClient } from './feishu-client.js';

let fake: FakeFeishu;

beforeAll(async () => {
  fake = await FakeFeishu.start();
});
afterAll(() => fake?.close());

async function listed(roster: FeishuChatRoster): Promise<RosterPage[number][]> {
  const found = await roster.roster('feishu', fake.tenantKey);
  if (!found) throw new Error('no roster');
  const out: RosterPage[number][] = [];
  for await (const page of found.pages) out.push(...page);
  return out.sort((a, b) => (a.platformUserId < b.platformUserId ? -1 : 1));
}

describe('FeishuChatRoster (the SDK against the fake Feishu)', () => {
  it('lists everyone in the members-only chats, page by page: full in every chat, partial in some', async () => {
    const many = Array.from({ length: 130 }, (_, i) => `ou_${String(i).padStart(3, '0')}`);
    for (const openId of many) fake.addUser({ openId, name: openId });
    fake.addChat('oc_members', many);
    fake.addChat('oc_lessons', many.slice(0, 100));
    const client = createFeishuClient({ appId: fake.appId, appSecret: fake.appSecret, apiUrl: fake.url });
    const roster = new FeishuChatRoster({ client, chatIds: ['oc_members', 'oc_lessons'] });

    const people = await listed(roster);

    expect(people).toHaveLength(130);
    expect(people.filter((p) => p.access === 'full')).toHaveLength(100);
    expect(people.find((p) => p.platformUserId === 'ou_120')?.access).toBe('partial');
    // 130 members at 100 a page, and 100 in the other chat: three pages asked for.
    expect(fake.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/members'))).toHaveLength(3);
  });

  it('checks nothing without members-only chats, nor on other platforms', async () => {
    const client = createFeishuClient({ appId: fake.appId, appSecret: fake.appSecret, apiUrl: fake.url });
    expect(await new FeishuChatRoster({ client, chatIds: [] }).roster('feishu', fake.tenantKey)).toBeNull();
    expect(await new FeishuChatRoster({ client, chatIds: ['oc_members'] }).roster('slack', 'T1')).toBeNull();
  });
});
