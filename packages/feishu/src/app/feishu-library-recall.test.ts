import type { Actor, Community } from '@snowball/core';
import { messageRecalledEvent } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, MEMBER_CHATS, startFeishuHarness } from '../testing/feishu-harness.js';

describe('Feishu: a recalled message leaves the club library', () => {
  let h: FeishuHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startFeishuHarness();
    ({ community, owner } = await createClub(h, { slug: 'recall', ownerOpenId: 'ou_owner' }));
  });
  afterAll(() => h?.close());

  it('removes the entry and its text on recall, and a second delivery changes nothing', async () => {
    const chatId = MEMBER_CHATS[0] as string;
    const save = (messageId: string, body: string) =>
      h.core.saveToLibrary({
        actor: owner,
        platform: 'feishu',
        workspaceId: h.fake.tenantKey,
        channelId: chatId,
        messageId,
        authorUserId: 'ou_owner',
        body,
      });
    await save('om_recalled', '渠道谈判：先谈账期再谈价格');
    await save('om_kept', '招聘第一个销售：看过往客户名单');
    const find = (id: string) => h.ports.library.findMessage(community.id, 'feishu', h.fake.tenantKey, id);

    const recall = messageRecalledEvent(h.fake, { chatId, messageId: 'om_recalled' });
    expect((await h.post(recall)).status).toBe(200);
    await expect.poll(() => h.deletions).toEqual([{ messageId: 'om_recalled', removed: true }]);
    expect(await find('om_recalled')).toBeNull();
    expect((await h.core.searchLibrary({ actor: owner, search: '账期' })).entries).toEqual([]);

    // The same event delivered again is skipped; a new recall event of the same message removes nothing more.
    await h.post(recall);
    await h.post(messageRecalledEvent(h.fake, { chatId, messageId: 'om_recalled' }));
    await expect.poll(() => h.deletions.map((d) => d.removed)).toEqual([true, false]);
    expect(await find('om_kept')).not.toBeNull();
  });
});
