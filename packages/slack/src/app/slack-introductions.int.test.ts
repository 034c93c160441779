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

  it('nudges once, 48 hours on, only the pairs that have not written in their conversation', async () => {
    const people = [
      ['U0CAT', 'Cat Chen'],
      ['U0DAN', 'Dan Du'],
      ['U0EVE', 'Eve Ng'],
      ['U0FOX', 'Fox Fu'],
    ] as const;
    const ids: string[] = [];
    for (const [slackId, name] of people) {
      h.fake.addUser({ id: slackId, locale: 'en-US', name: name.toLowerCase() });
      ids.push(await makeMember(h, { community, owner, teamId: TEAM, slackId, name }));
    }
    const [cat, dan, eve, fox] = ids as [string, string, string, string];
    const pair = async (a: string, b: string) => {
      const id = h.ports.ids.id();
      await h.ports.introductions.create({
        id,
        communityId: community.id,
        memberA: a,
        memberB: b,
        answerA: 'pending',
        answerB: 'pending',
        status: 'proposed',
        score: 0.9,
        reason: 'tea ↔ cups',
        roundId: null,
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt: h.ports.clock.now(),
      });
      const memberActor = (memberId: string): Actor => ({
        kind: 'member',
        communityId: community.id,
        memberId,
        roles: [],
      });
      await h.core.respondToIntro({
        actor: memberActor(a),
        communityId: community.id,
        introductionId: id,
        answer: 'accept',
      });
      await h.core.respondToIntro({
        actor: memberActor(b),
        communityId: community.id,
        introductionId: id,
        answer: 'accept',
      });
      return id;
    };
    const quiet = await pair(cat, dan);
    const chatty = await pair(eve, fox);
    const chattyRoom = h.fake.multiPersonDms().find((m) => m.members.includes('U0EVE'));
    expect(chattyRoom).toBeDefined();
    h.fake.userWrote(chattyRoom?.id ?? '', 'U0EVE', 'Hi Fox! Shall we talk on Monday?');
    h.fake.clearRecords();

    // Before 48 hours nothing is due; after, one nudge per introduction is queued.
    h.ports.clock.advance(47 * 3_600_000);
    expect((await h.core.scheduleIntroNudges({ communityId: community.id })).due).toBe(0);
    h.ports.clock.advance(2 * 3_600_000);
    await h.core.scheduleIntroNudges({ communityId: community.id });
    const jobs = [...h.ports.jobs.jobs.values()].filter(
      (j) => j.name === 'intro.nudge' && String(j.id).startsWith('intro-quiet'),
    );
    expect(jobs.map((j) => j.id).sort()).toEqual(
      [`intro-quiet:${quiet}:${cat}`, `intro-quiet:${chatty}:${eve}`].sort(),
    );
    const results = [];
    for (const job of jobs) results.push(await h.core.sendIntroNudge(job.data as never));
    expect(results.map((r) => [r.key.split(':')[1], r.status]).sort()).toEqual(
      [
        [quiet, 'sent'],
        [chatty, 'skipped'],
      ].sort(),
    );
    // Posted once, in the quiet pair's own conversation; a retry sends nothing more.
    const quietRoom = h.fake.multiPersonDms().find((m) => m.members.includes('U0CAT'));
    expect(h.fake.posted.map((p) => p.channel)).toEqual([quietRoom?.id]);
    expect(allText(h.fake.posted[0]?.body as never)).toContain('Cat Chen, Dan Du: two days ago you both accepted');
    const retry = await h.core.sendIntroNudge({
      communityId: community.id,
      introductionId: quiet,
      memberId: cat,
      kind: 'quiet',
    });
    expect(retry.status).toBe('already_sent');
    expect(h.fake.posted).toHaveLength(1);
  });
});
