import { type Actor, type Community, trioConversationKey } from '@snowball/core';
import { blockActionRequest, fakeTriggerId, slashCommandRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allText,
  buttonActions,
  createClub,
  makeMember,
  type SlackHarness,
  startSlackHarness,
} from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';
const OWNER = 'U0OWNER';
const ADA = 'U0ADA';
const BOB = 'U0BOB';
const CAT = 'U0CAT';

describe('a group introduction of three on Slack', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    for (const [id, name] of [
      [OWNER, 'olivia'],
      [ADA, 'ada'],
      [BOB, 'bob'],
      [CAT, 'cat'],
    ] as const) {
      h.fake.addUser({ id, locale: 'en-US', name });
    }
    ({ community, owner } = await createClub(h, { slug: 'trio', teamId: TEAM, ownerSlackId: OWNER }));
  });
  afterAll(() => h.close());

  it('asks each of the three in a DM, and puts all three in one conversation once the third accepts', async () => {
    const ada = await makeMember(h, { community, owner, teamId: TEAM, slackId: ADA, name: 'Ada Lovelace' });
    const bob = await makeMember(h, { community, owner, teamId: TEAM, slackId: BOB, name: 'Bob Builder' });
    const cat = await makeMember(h, { community, owner, teamId: TEAM, slackId: CAT, name: 'Cat Chen' });
    h.fake.clearRecords();

    const pairs = await h.core.proposeIntroTrio({
      actor: owner,
      communityId: community.id,
      memberIds: [ada, bob, cat],
      reason: 'Ada sells abroad; Bob ships and Cat collects the payments',
    });
    const groupId = pairs[0]?.groupId as string;

    // One proposal DM each, naming the two others, with Accept / Decline / Later.
    const proposals = h.fake.posted.filter((p) => [ADA, BOB, CAT].includes(p.channel));
    expect(proposals.map((p) => p.channel).sort()).toEqual([ADA, BOB, CAT]);
    const accepts = new Map<string, string>();
    for (const p of proposals) {
      const text = allText(p.body as never);
      expect(text).toContain('the three of you together');
      expect(text).toContain('Ada sells abroad');
      const actions = buttonActions(p.body as never);
      expect(actions.map((a) => a.split(':').slice(0, 2).join(':'))).toEqual([
        'intros:accept',
        'intros:decline',
        'intros:snooze',
      ]);
      accepts.set(p.channel, actions[0] as string);
    }
    expect(allText(proposals.find((p) => p.channel === ADA)?.body as never)).toContain('Bob Builder');
    expect(allText(proposals.find((p) => p.channel === ADA)?.body as never)).toContain('Cat Chen');
    h.fake.clearRecords();

    // `/intros` shows the group as one entry naming both others, with one Accept for the group.
    const listed = await h.post(
      slashCommandRequest({
        teamId: TEAM,
        userId: ADA,
        userName: 'ada',
        command: '/intros',
        text: '',
        triggerId: fakeTriggerId(),
        responseUrl: h.fake.responseUrl('intros-ada'),
      }),
    );
    expect(listed.status).toBe(200);
    const list = listed.json ?? (await h.fake.waitForResponse('intros-ada')).body;
    expect(allText(list as never)).toContain('Bob Builder and Cat Chen · group of three · new');
    expect(buttonActions(list as never).filter((a) => a.startsWith('intros:accept:'))).toHaveLength(1);
    h.fake.clearRecords();

    // The three press Accept; nobody is connected until the third does.
    for (const userId of [ADA, BOB, CAT]) {
      expect(h.fake.callsTo('conversations.open')).toHaveLength(0);
      const press = await h.post(
        blockActionRequest({
          actionId: accepts.get(userId) as string,
          userId,
          container: 'message',
          responseUrl: h.fake.responseUrl(`accept-${userId}`),
        }),
      );
      expect(press.status).toBe(200);
      const reply = allText((await h.fake.waitForResponse(`accept-${userId}`)).body as never);
      // The reply speaks of the group: the first two wait for the others, the third is connected with both.
      expect(reply).toContain(userId === CAT ? 'All three of you' : 'This introduction is for three');
    }

    // One multi-person DM with the three and the bot, and no separate DMs.
    const opened = h.fake.callsTo('conversations.open');
    expect(opened.map((c) => String(c.body.users).split(',').sort())).toEqual([[ADA, BOB, CAT]]);
    const [mpim] = h.fake.multiPersonDms();
    expect(mpim?.members).toEqual([ADA, BOB, CAT, h.fake.defaultWorkspace.botUserId]);
    expect(h.fake.posted.map((p) => p.channel)).toEqual([mpim?.id]);
    expect(allText(h.fake.posted[0]?.body as never)).toContain(
      'Ada Lovelace, Bob Builder and Cat Chen: all three of you accepted the introduction',
    );
    expect((await h.ports.deliveries.get(trioConversationKey(groupId)))?.status).toBe('sent');
    const stored = await h.ports.introductions.listGroup(community.id, groupId);
    expect(stored.map((p) => p.status)).toEqual(['introduced', 'introduced', 'introduced']);

    // Announcing any of the three pairs again (the reconcile) sends nothing.
    for (const p of pairs) await h.core.notifyIntro({ communityId: community.id, introductionId: p.id });
    expect(h.fake.posted).toHaveLength(1);
  });
});
