import type { Actor, Community } from '@snowball/core';
import { blockActionRequest, fakeTriggerId, viewSubmissionRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, buttonActions, createClub, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';
const OWNER = 'U0OWNER';
const NINA = 'U0NINA';

type View = { callback_id: string; blocks: { block_id: string }[] };

describe('Slack: an applicant with a referrer, from /apply to paid member, told of every decision by DM', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;
  let ownerHandle: string;

  beforeAll(async () => {
    h = await startSlackHarness();
    h.fake.addUser({ id: OWNER, locale: 'en-US', name: 'olivia' });
    h.fake.addUser({ id: NINA, locale: 'en-US', name: 'nina' });
    ({ community, owner } = await createClub(h, { slug: 'journey', teamId: TEAM, ownerSlackId: OWNER }));
    await h.core.updateCommunitySettings({
      actor: owner,
      communityId: community.id,
      patch: {
        paymentInstructionsByLocale: { en: 'Alipay to club@example.com', 'zh-CN': '支付宝转账至 club@example.com' },
      },
    });
    const ownerId = owner.kind === 'member' ? owner.memberId : '';
    ownerHandle = (await h.ports.members.get(community.id, ownerId))?.handle ?? '';
  });
  afterAll(() => h.close());

  async function openForm(actionId: string, userId: string): Promise<View> {
    const triggerId = fakeTriggerId();
    await h.post(
      blockActionRequest({ actionId, userId, triggerId, responseUrl: h.fake.responseUrl(`open-${actionId}`) }),
    );
    const open = await h.fake.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    return open.body.view as View;
  }

  it('runs referrer → vouch → request info → answer → approve → payment instructions → payment', async () => {
    const apply = await h.command({
      command: '/apply',
      userId: NINA,
      userName: 'nina',
      text: `referrer:@${ownerHandle}`,
    });
    expect(allText(apply.json)).toContain(`@${ownerHandle}`);
    const [start] = buttonActions(apply.json);
    expect(start).toBe(`apply:start:${ownerHandle}`);
    const form = await openForm(start as string, NINA);
    expect(form.callback_id).toBe(`apply:submit:${ownerHandle}`);
    await h.post(
      viewSubmissionRequest({
        view: form as never,
        userId: NINA,
        values: { name: 'Nina Newcomer', email: '', company: 'Nina Freight', industry: 'logistics', about: 'Freight' },
      }),
    );
    const [application] = (await h.core.listApplications({ actor: owner, communityId: community.id })).items;
    const applicationId = application?.id as string;
    expect(application?.referrerMemberId).toBeTruthy();

    // The referrer is asked by DM in their language (the club's default here), with one button.
    const ask = h.fake.posted.find((p) => p.channel === OWNER);
    expect(allText(ask?.body as never)).toContain('Nina Newcomer 申请加入社群，并填写你为推荐人');
    expect(buttonActions(ask?.body as never)).toEqual([`apply:vouch:${applicationId}`]);
    await h.post(
      blockActionRequest({
        actionId: `apply:vouch:${applicationId}`,
        userId: OWNER,
        container: 'message',
        responseUrl: h.fake.responseUrl('vouch'),
      }),
    );
    expect(allText((await h.fake.waitForResponse('vouch')).body)).toContain('感谢你为 Nina Newcomer 担保');

    // More information requested from the panel: the question reaches Nina by DM with an answer button.
    await h.core.requestApplicationInfo({
      actor: owner,
      communityId: community.id,
      applicationId,
      message: 'Which ports do you serve?',
    });
    const question = h.fake.posted.filter((p) => p.channel === NINA).at(-1);
    expect(allText(question?.body as never)).toContain('Which ports do you serve?');
    const answerForm = await openForm(`apply:answer:${applicationId}`, NINA);
    expect(answerForm.callback_id).toBe(`apply:reply:${applicationId}`);
    await h.post(viewSubmissionRequest({ view: answerForm as never, userId: NINA, values: { answer: 'Shenzhen' } }));
    const answered = await h.core.getApplication({ actor: owner, communityId: community.id, applicationId });
    expect(answered.application).toMatchObject({ status: 'pending', infoAnswer: 'Shenzhen' });
    const told = h.fake.posted.filter((p) => p.channel === OWNER).at(-1);
    expect(allText(told?.body as never)).toContain('申请人已回复你的问题');

    // Approved from /review: the DM carries the fee, the club's instructions and how to confirm.
    const review = await h.command({ command: '/review', userId: OWNER });
    expect(allText(review.json)).toMatch(/Vouched for by the referrer|推荐人已担保/);
    await h.post(
      blockActionRequest({
        actionId: `review:approve:${applicationId}`,
        userId: OWNER,
        responseUrl: h.fake.responseUrl('approve'),
      }),
    );
    await h.fake.waitForResponse('approve');
    const welcome = h.fake.posted.filter((p) => p.channel === NINA).at(-1);
    const welcomeText = allText(welcome?.body as never);
    expect(welcomeText).toContain('your application is approved');
    expect(welcomeText).toContain('1,000 CNY');
    expect(welcomeText).toContain('Alipay to club@example.com');
    expect(welcomeText).toContain('How to confirm payment');
    // One welcome; the same click delivered again (a retry) sends no second DM.
    const welcomes = () =>
      h.fake.posted.filter((p) => p.channel === NINA && allText(p.body as never).includes('application is approved'));
    expect(welcomes()).toHaveLength(1);
    await h.post(
      blockActionRequest({
        actionId: `review:approve:${applicationId}`,
        userId: OWNER,
        responseUrl: h.fake.responseUrl('approve-again'),
      }),
    );
    await h.fake.waitForResponse('approve-again');
    expect(welcomes()).toHaveLength(1);

    await h.core.recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'alipay',
      reference: 'ALI-1',
    });
    expect(h.fake.callsTo('conversations.invite').some((c) => c.body.users === NINA)).toBe(true);
  });
});
