import type { Actor, Community } from '@snowball/core';
import { blockActionRequest, type IntroPairMember, type SlackRequestFixture, seedIntroPair } from '@snowball/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText, buttonActions, createClub, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

// The double opt-in of introductions through the real Bolt app and the fake Slack API: a matching round,
// the proposal DMs, and the members' presses on the DM buttons (block_actions from the app DM).

const TEAM = 'T0SNOWBALL';
const LILEI = 'U0LILEI';
const SAM = 'U0SAM';

let h: SlackHarness;
let community: Community;
let owner: Actor;
let lilei: IntroPairMember;
let sam: IntroPairMember;

const introOf = async (id: string) => h.ports.introductions.get(community.id, id);
const dmsTo = (member: IntroPairMember) => h.fake.posted.filter((p) => p.channel === member.platformUserId);

/** Proposes the pair: a matching round, then the proposal DMs. */
async function propose(): Promise<string> {
  const round = await h.core.runMatchingRound({ actor: owner, communityId: community.id });
  expect(round.introductions.map((i) => [i.memberA, i.memberB])).toEqual([[lilei.id, sam.id]]);
  const introductionId = round.introductions[0]?.id as string;
  const notified = await h.core.notifyIntro({ communityId: community.id, introductionId });
  expect(notified.results.map((r) => r.status)).toEqual(['sent', 'sent']);
  return introductionId;
}

let presses = 0;

/** A press on a button of the member's app DM, as Slack posts it. */
function pressFixture(member: IntroPairMember, action: string): { fixture: SlackRequestFixture; responseId: string } {
  const responseId = `press-${++presses}`;
  const fixture = blockActionRequest({
    actionId: action,
    teamId: TEAM,
    userId: member.platformUserId,
    channelId: `D${member.platformUserId.slice(1)}`,
    channelName: 'directmessage',
    container: 'message',
    responseUrl: h.fake.responseUrl(responseId),
  });
  return { fixture, responseId };
}

/** Presses a DM button and returns the text of the answer posted to the response URL. */
async function press(member: IntroPairMember, action: string): Promise<string> {
  const { fixture, responseId } = pressFixture(member, action);
  const posted = await h.post(fixture);
  expect(posted.status).toBe(200);
  return allText((await h.fake.waitForResponse(responseId)).body as never);
}

beforeEach(async () => {
  h = await startSlackHarness();
  // Both Slack clients are in English: the answers' language shows each member's own choice.
  for (const [id, name] of [
    ['U0OWNER', 'olivia'],
    [LILEI, 'lilei'],
    [SAM, 'sam'],
  ] as const) {
    h.fake.addUser({ id, locale: 'en-US', name });
  }
  ({ community, owner } = await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: 'U0OWNER' }));
  [lilei, sam] = await seedIntroPair({
    core: h.core,
    community,
    owner,
    platform: 'slack',
    workspaceId: TEAM,
    userIds: [LILEI, SAM],
  });
  h.fake.clearRecords();
});

afterEach(() => h.close());

describe('introduction opt-in on Slack', () => {
  it('proposes the pair by DM: the other’s summary, why, and Accept / Decline / Later that route back', async () => {
    const introductionId = await propose();

    const [toLilei, ...moreToLilei] = dmsTo(lilei);
    expect(moreToLilei).toEqual([]);
    const zh = allText(toLilei?.body as never);
    expect(zh).toContain('新的引荐');
    expect(zh).toContain('Sam Tan');
    expect(zh).toContain('Tan Freight');
    expect(zh).toMatch(/\*推荐理由\*\n你需要「跨境物流」/);
    expect(zh).toContain('接受\n婉拒\n稍后再说');
    expect(buttonActions(toLilei?.body as never)).toEqual([
      `intros:accept:${introductionId}`,
      `intros:decline:${introductionId}`,
      `intros:snooze:${introductionId}`,
    ]);

    const [toSam] = dmsTo(sam);
    const en = allText(toSam?.body as never);
    expect(en).toContain('A new introduction');
    expect(en).toContain('李雷');
    expect(en).toMatch(/\*Why we suggest it\*\nYou need “Amazon sellers as clients”/);
    expect(en).toContain('Accept\nDecline\nLater');

    // The Later button routes back to this introduction.
    expect(await press(sam, `intros:snooze:${introductionId}`)).toContain('OK, later. The introduction stays open');
    expect((await introOf(introductionId))?.answerB).toBe('snoozed');
  });

  it('both accept → introduced in one multi-person DM; a second press changes nothing', async () => {
    const introductionId = await propose();
    expect(await press(lilei, `intros:accept:${introductionId}`)).toContain('谢谢！Sam Tan也接受后');
    expect(await introOf(introductionId)).toMatchObject({ status: 'proposed', answerA: 'accepted' });
    expect(await press(sam, `intros:accept:${introductionId}`)).toContain('You and 李雷 both accepted');
    expect((await introOf(introductionId))?.status).toBe('introduced');

    // One conversation with both and the bot (covered in depth by slack-introductions.int.test.ts).
    const [mpim, ...others] = h.fake.multiPersonDms();
    expect(others).toEqual([]);
    expect(mpim?.members).toEqual([LILEI, SAM, h.fake.defaultWorkspace.botUserId].sort());
    const postedBefore = h.fake.posted.length;
    expect(h.fake.posted.at(-1)?.channel).toBe(mpim?.id);

    expect(await press(lilei, `intros:accept:${introductionId}`)).toContain('这条引荐已结束。');
    expect(await press(sam, `intros:decline:${introductionId}`)).toContain('This introduction is no longer open.');
    expect(await introOf(introductionId)).toMatchObject({
      status: 'introduced',
      answerA: 'accepted',
      answerB: 'accepted',
    });
    expect(h.fake.posted).toHaveLength(postedBefore);
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
  });

  it('one declines → declined, the other is told nothing, and no later round proposes the pair', async () => {
    const introductionId = await propose();
    await press(lilei, `intros:accept:${introductionId}`);
    const postedBefore = h.fake.posted.length;

    expect(await press(sam, `intros:decline:${introductionId}`)).toContain('Declined. Nobody is told why');
    expect(await introOf(introductionId)).toMatchObject({
      status: 'declined',
      answerA: 'accepted',
      answerB: 'declined',
    });
    // Nothing reaches 李雷: no DM about the decline, let alone why, and no group conversation.
    expect(h.fake.posted).toHaveLength(postedBefore);
    expect(dmsTo(lilei)).toHaveLength(1);
    expect(h.fake.multiPersonDms()).toEqual([]);
    expect(await press(lilei, `intros:decline:${introductionId}`)).toContain('这条引荐已结束。');

    h.ports.clock.advanceDays(30);
    expect((await h.core.runMatchingRound({ actor: owner, communityId: community.id })).introductions).toEqual([]);
  });

  it('nobody answers in time → expired, and a later press says so in each member’s language', async () => {
    const introductionId = await propose();
    h.ports.clock.advanceDays(13);
    expect(await h.core.expireIntros({ actor: owner, communityId: community.id })).toEqual([]);
    h.ports.clock.advanceDays(2);
    const expired = await h.core.expireIntros({ actor: owner, communityId: community.id });
    expect(expired.map((i) => [i.id, i.status])).toEqual([[introductionId, 'expired']]);

    expect(await press(lilei, `intros:accept:${introductionId}`)).toContain('这条引荐已过期（双方未在期限内回复）。');
    expect(await press(sam, `intros:accept:${introductionId}`)).toContain(
      'This introduction expired before both of you answered.',
    );
    expect(await introOf(introductionId)).toMatchObject({ status: 'expired', answerA: 'pending', answerB: 'pending' });
    expect((await h.core.runMatchingRound({ actor: owner, communityId: community.id })).introductions).toEqual([]);
  });

  it('a press delivered again with Slack’s retry headers has its effect once', async () => {
    const introductionId = await propose();
    await press(lilei, `intros:accept:${introductionId}`);
    const { fixture, responseId } = pressFixture(sam, `intros:accept:${introductionId}`);
    await h.post(fixture);
    await h.fake.waitForResponse(responseId);
    expect((await introOf(introductionId))?.status).toBe('introduced');
    const postedBefore = h.fake.posted.length;
    const contributions = async () =>
      (await h.ports.contributions.listForMember(community.id, sam.id)).map((c) => c.kind);
    expect(await contributions()).toEqual(['intro']);

    for (const retryNum of [1, 2]) {
      const retried = await h.post(fixture, { retryNum, retryReason: 'http_timeout' });
      expect(retried.status).toBe(200);
    }
    // A redelivery carries the same trigger_id: it is acknowledged and skipped, so nothing happens twice and
    // the member is not answered again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.responsesTo(responseId)).toHaveLength(1);
    expect(h.fake.posted).toHaveLength(postedBefore);
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
    expect(await introOf(introductionId)).toMatchObject({ status: 'introduced', answerB: 'accepted' });
    expect(await contributions()).toEqual(['intro']);
  });
});
