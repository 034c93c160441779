import type { Actor, Community } from '@snowball/core';
import { messageDeletedEventRequest, messageShortcutRequest, slashCommandRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, createClub, makeMember, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

// The 精华 library on the fake Slack through the real Bolt app: the "Save to library" message shortcut, a member's
// save waiting for staff, approval, and /library finding it.

// The harness's installed workspace (the fixtures' default team).
const TEAM = 'T0SNOWBALL';
const ADA = 'U0ADA';
const LEI = 'U0LEI';

describe('Slack: Save to library and /library', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    h.fake.addUser({ id: ADA, locale: 'en-GB' });
    h.fake.addUser({ id: LEI, locale: 'zh-CN' });
    ({ community, owner } = await createClub(h, { slug: 'library', teamId: TEAM, ownerSlackId: 'U0OWNER' }));
    await makeMember(h, { community, owner, teamId: TEAM, slackId: ADA, name: 'Ada' });
    await makeMember(h, { community, owner, teamId: TEAM, slackId: LEI, name: '李雷' });
  });
  afterAll(() => h.close());

  it('saves a member’s pick for review; once approved, /library finds it by words in the other language', async () => {
    const text = 'Compare three freight forwarders before your first container. <!channel> *bold*';
    await h.post(
      messageShortcutRequest({
        callbackId: 'save',
        message: { text, user: LEI, ts: '1700000000.000200' },
        userId: ADA,
        teamId: TEAM,
        responseUrl: h.fake.responseUrl('save'),
      }),
    );
    const saved = await h.fake.waitForResponse('save');
    expect(saved.body).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(saved.body)).toContain('staff will review it');

    const pending = await h.core.listLibrary({ actor: owner, communityId: community.id, status: 'pending' });
    expect(pending.items).toEqual([expect.objectContaining({ body: text, platform: 'slack', authorName: '李雷' })]);
    await h.core.curateLibraryEntry({
      actor: owner,
      communityId: community.id,
      entryId: pending.items[0]?.id as string,
      tags: ['物流'],
    });
    await h.core.curateLibraryEntry({
      actor: owner,
      communityId: community.id,
      entryId: pending.items[0]?.id as string,
      approve: true,
    });

    await h.post(
      slashCommandRequest({
        command: '/library',
        text: '货代',
        userId: ADA,
        teamId: TEAM,
        responseUrl: h.fake.responseUrl('lib'),
      }),
    );
    const found = await h.fake.waitForResponse('lib');
    expect(allText(found.body)).toContain('Compare three freight forwarders');
    expect(allText(found.body)).toContain('#物流');
  });

  it('forgets the entry and its text when the original message is deleted in Slack, once however often', async () => {
    const ts = '1700000000.000300';
    await h.post(
      messageShortcutRequest({
        callbackId: 'save',
        message: { text: '报价前先算清楚物流成本 landed cost first', user: LEI, ts },
        userId: 'U0OWNER',
        teamId: TEAM,
        responseUrl: h.fake.responseUrl('save-2'),
      }),
    );
    await h.fake.waitForResponse('save-2');
    const find = () => h.ports.library.findMessage(community.id, 'slack', TEAM, ts);
    expect(await find()).not.toBeNull();

    const deletion = messageDeletedEventRequest({ ts, userId: LEI, teamId: TEAM, eventId: 'EvDELETE1' });
    expect((await h.post(deletion)).status).toBe(200);
    await expect.poll(() => h.deletions.filter((d) => d.messageId === ts)).toEqual([{ messageId: ts, removed: true }]);
    expect(await find()).toBeNull();
    // A deletion of a message never saved, and the same deletion again, change nothing.
    await h.post(messageDeletedEventRequest({ ts, userId: LEI, teamId: TEAM, eventId: 'EvDELETE2' }));
    await expect.poll(() => h.deletions.filter((d) => d.messageId === ts).map((d) => d.removed)).toEqual([true, false]);
    const left = await h.core.listLibrary({ actor: owner, communityId: community.id, status: null });
    expect(left.items.map((e) => e.messageId)).toEqual(['1700000000.000200']);
  });
});
