import { type Actor, type Community, introGroupKey } from '@snowball/core';
import { blockActionRequest, fakeTriggerId, viewSubmissionRequest } from '@snowball/testkit';
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
const DAY = 86_400_000;

describe('introductions on Slack: a multi-person DM when both accept, then the follow-up', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    for (const [id, name] of [
      [OWNER, 'olivia'],
      [ADA, 'ada'],
      [BOB, 'bob'],
    ] as const) {
      h.fake.addUser({ id, locale: 'en-US', name });
    }
    ({ community, owner } = await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: OWNER }));
  });
  afterAll(() => h.close());

  it('groups both members with the bot once, and the follow-up Yes opens the deal form', async () => {
    const ada = await makeMember(h, { community, owner, teamId: TEAM, slackId: ADA, name: 'Ada Lovelace' });
    const bob = await makeMember(h, { community, owner, teamId: TEAM, slackId: BOB, name: 'Bob Builder' });
    const introductionId = h.ports.ids.id();
    await h.ports.introductions.create({
      id: introductionId,
      communityId: community.id,
      memberA: ada,
      memberB: bob,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.9,
      reason: 'cakes ↔ bricks',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: h.ports.clock.now(),
    });
    h.fake.clearRecords();

    for (const userId of [ADA, BOB]) {
      const press = await h.post(
        blockActionRequest({
          actionId: `intros:accept:${introductionId}`,
          userId,
          container: 'message',
          responseUrl: h.fake.responseUrl(`accept-${userId}`),
        }),
      );
      expect(press.status).toBe(200);
      await h.fake.waitForResponse(`accept-${userId}`);
    }

    // Both accepted: one conversation with both and the bot, and no separate "you are connected" DMs.
    const opened = h.fake.callsTo('conversations.open');
    expect(opened.map((c) => String(c.body.users).split(',').sort())).toEqual([[ADA, BOB]]);
    const [mpim] = h.fake.multiPersonDms();
    expect(mpim?.members).toEqual([ADA, BOB, h.fake.defaultWorkspace.botUserId]);
    expect(h.fake.posted.map((p) => p.channel)).toEqual([mpim?.id]);
    const text = allText(h.fake.posted[0]?.body as never);
    expect(text).toContain('Ada Lovelace and Bob Builder: you both accepted the introduction');
    expect((await h.ports.deliveries.get(introGroupKey(introductionId)))?.status).toBe('sent');

    // A retried announcement (the reconcile, a redelivered job) sends nothing.
    const again = await h.core.notifyIntro({ communityId: community.id, introductionId });
    expect(again.results.map((r) => r.status)).toEqual(['already_sent']);
    expect(h.fake.posted).toHaveLength(1);

    // Fourteen days later Ada is asked; Yes opens the /deal form for this introduction.
    h.ports.clock.advance(14 * DAY);
    const asked = await h.core.sendIntroFollowUp({ communityId: community.id, introductionId, memberId: ada });
    expect(asked.status).toBe('sent');
    const question = h.fake.posted.at(-1);
    expect(question?.channel).toBe(ADA);
    const actions = buttonActions(question?.body as never);
    expect(actions[0]).toBe(`deal:start:${introductionId}`);
    const triggerId = fakeTriggerId();
    await h.post(
      blockActionRequest({
        actionId: actions[0] as string,
        userId: ADA,
        container: 'message',
        triggerId,
        responseUrl: h.fake.responseUrl('yes'),
      }),
    );
    const open = await h.fake.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    const view = open.body.view as { callback_id: string };
    expect(view.callback_id).toBe(`deal:save:${introductionId}`);
    const saved = await h.post(
      viewSubmissionRequest({
        view: view as never,
        userId: ADA,
        values: { amount: '50000', currency: 'CNY', note: '' },
      }),
    );
    expect(saved.status).toBe(200);
    const [item] = await h.core.listIntros({ actor: owner, communityId: community.id, club: true });
    expect(item?.deals.map((d) => [d.amountMinor, d.currency])).toEqual([[5_000_000, 'CNY']]);
    expect(item?.introduction.followUpOutcome).toBe('deal');

    // A deal ends the follow-ups: Bob is not asked any more.
    expect(await h.core.sendIntroFollowUp({ communityId: community.id, introductionId, memberId: bob })).toMatchObject({
      status: 'skipped',
      reason: 'answered',
    });
  });
});
