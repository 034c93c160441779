import type { Actor, Community } from '@snowball/core';
import { appHomeOpenedRequest, blockActionRequest, fakeTriggerId, viewSubmissionRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allText,
  buttonActions,
  createClub,
  MEMBER_CHANNELS,
  mrkdwnTexts,
  type SlackHarness,
  startSlackHarness,
} from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';
const OWNER = 'U0OWNER';
const ADA = 'U0ADA';

describe('Slack: apply → review → payment → channels → lapse', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    h.fake.addUser({ id: OWNER, locale: 'en-US', name: 'olivia' });
    h.fake.addUser({ id: ADA, locale: 'zh-CN', name: 'ada' });
    ({ community, owner } = await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: OWNER }));
  });
  afterAll(() => h.close());

  it('runs the whole membership life cycle through Slack', async () => {
    // /apply: the values and the pledge button, privately, in Ada's Slack language.
    const apply = await h.command({ command: '/apply', userId: ADA, userName: 'ada' });
    expect(apply.status).toBe(200);
    expect(apply.elapsedMs).toBeLessThan(3_000);
    expect(apply.json).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(apply.json)).toContain('我认同以上价值观');
    expect(buttonActions(apply.json)).toEqual(['apply:start']);
    // Bolt asked who the bot is before the first event (single-workspace mode).
    expect(h.fake.callsTo('auth.test').length).toBeGreaterThan(0);

    // The pledge button opens the form as a modal with the trigger id.
    const triggerId = fakeTriggerId();
    const press = await h.post(
      blockActionRequest({
        actionId: 'apply:start',
        userId: ADA,
        userName: 'ada',
        triggerId,
        responseUrl: h.fake.responseUrl('apply'),
      }),
    );
    expect(press.status).toBe(200);
    const open = await h.fake.waitForCall('views.open');
    expect(open).toMatchObject({ ok: true, token: h.fake.defaultWorkspace.botToken, body: { trigger_id: triggerId } });
    const view = open.body.view as { callback_id: string; blocks: { block_id: string }[]; submit: { text: string } };
    expect(view.callback_id).toBe('apply:submit');
    expect(view.submit.text).toBe('提交');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['name', 'email', 'company', 'industry', 'about']);

    // Submitting stores the application; the modal closes and the thanks arrive where the button was.
    const submit = await h.post(
      viewSubmissionRequest({
        view: view as never,
        userId: ADA,
        userName: 'ada',
        values: {
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          company: 'Ada Bakes',
          industry: 'Food',
          about: 'Cakes',
        },
      }),
    );
    expect(submit).toMatchObject({ status: 200, text: '' });
    const thanks = await h.fake.waitForResponse('apply');
    expect(thanks.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(thanks.body)).toContain('谢谢你，Ada Lovelace');
    const pending = await h.core.listApplications({ actor: owner, communityId: community.id, status: 'pending' });
    expect(pending.items).toHaveLength(1);
    expect(pending.items[0]).toMatchObject({ name: 'Ada Lovelace', platform: 'slack', platformUserId: ADA });
    const applicationId = pending.items[0]?.id as string;

    // Staff review: the queue with approve / reject buttons; approving answers at the response URL.
    const review = await h.command({ command: '/review', userId: OWNER, userName: 'olivia' });
    expect(review.json).toMatchObject({ response_type: 'ephemeral' });
    expect(buttonActions(review.json)).toEqual([
      `review:approve:${applicationId}`,
      `review:reject:${applicationId}`,
      `review:rejectshared:${applicationId}`,
    ]);
    await h.post(
      blockActionRequest({
        actionId: `review:approve:${applicationId}`,
        userId: OWNER,
        responseUrl: h.fake.responseUrl('approve'),
      }),
    );
    expect(allText((await h.fake.waitForResponse('approve')).body)).toContain('已通过 Ada Lovelace 的申请');

    // Payment recorded: the core's role sync (SlackRoleSync) invites Ada to every members-only channel.
    const { period } = await h.core.recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId,
      amountMinor: community.settings.fee.amountMinor,
      currency: community.settings.fee.currency,
      method: 'bank_transfer',
      reference: 'TX-ADA-1',
    });
    const invites = h.fake.callsTo('conversations.invite');
    expect(invites.map((c) => [c.body.channel, c.body.users, c.ok])).toEqual(
      MEMBER_CHANNELS.map((c) => [c, ADA, true]),
    );
    for (const channel of MEMBER_CHANNELS) expect(h.fake.channelMembers(channel).has(ADA)).toBe(true);

    // App Home shows her status.
    await h.post(appHomeOpenedRequest({ userId: ADA }));
    const home = await h.fake.waitForCall('views.publish', (c) => c.body.user_id === ADA);
    expect(home.body.view).toMatchObject({ type: 'home' });
    expect(allText(home.body.view as never)).toMatch(/欢迎来到 Club club[\s\S]*你的会籍[\s\S]*有效/);

    // Past the end and the grace period, the access sync removes her from the channels.
    h.ports.clock.set(new Date(period.endsAt.getTime() + (community.settings.graceDays + 1) * 86_400_000));
    const memberId = (await h.ports.accounts.find('slack', TEAM, ADA))?.memberId as string;
    const lapsed = await h.core.syncMemberAccess({ communityId: community.id, memberId });
    expect(lapsed).toEqual({ access: false, accounts: 1, failures: [] });
    const kicks = h.fake.callsTo('conversations.kick').filter((c) => c.ok);
    expect(kicks.map((c) => [c.body.channel, c.body.user])).toEqual(MEMBER_CHANNELS.map((c) => [c, ADA]));
    for (const channel of MEMBER_CHANNELS) expect(h.fake.channelMembers(channel).has(ADA)).toBe(false);
  });

  it('shows hostile applicant text to staff escaped, never as a mention or link', async () => {
    h.fake.addUser({ id: 'U0MALLORY', locale: 'en-US' });
    await h.core.submitApplication({
      communityId: community.id,
      name: '<!everyone> <@U123>',
      answers: [{ question: 'q', answer: '<!here> visit <https://evil.example|bank> & win' }],
      valuesPledge: true,
      locale: 'en',
      account: { platform: 'slack', workspaceId: TEAM, platformUserId: 'U0MALLORY' },
    });
    const review = await h.command({ command: '/review', userId: OWNER });
    const texts = [String(review.json?.text ?? ''), ...mrkdwnTexts(review.json)];
    expect(texts.join('\n')).toContain('&lt;!everyone&gt; &lt;@U123&gt;');
    expect(texts.join('\n')).toContain('&lt;!here&gt; visit &lt;https://evil.example|bank&gt; &amp; win');
    for (const text of texts) expect(text).not.toMatch(/<[!@#]|<https?:/);
  });

  it('opens the reject reason as a modal from the review button and records the decision', async () => {
    const pending = await h.core.listApplications({ actor: owner, communityId: community.id, status: 'pending' });
    const id = pending.items[0]?.id as string;
    const triggerId = fakeTriggerId();
    await h.post(
      blockActionRequest({
        actionId: `review:reject:${id}`,
        userId: OWNER,
        triggerId,
        responseUrl: h.fake.responseUrl('rej'),
      }),
    );
    const open = await h.fake.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    const view = open.body.view as { callback_id: string };
    expect(view.callback_id).toBe(`review:reject:${id}`);
    // Submitting empty is refused in the modal itself (Slack keeps the typed values).
    const empty = await h.post(viewSubmissionRequest({ view: view as never, userId: OWNER, values: { reason: '' } }));
    expect(empty.json).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
    const done = await h.post(
      viewSubmissionRequest({ view: view as never, userId: OWNER, values: { reason: 'Spam' } }),
    );
    expect(done).toMatchObject({ status: 200, text: '' });
    expect(allText((await h.fake.waitForResponse('rej')).body)).toContain('已拒绝 &lt;!everyone&gt;');
    const after = await h.core.listApplications({ actor: owner, communityId: community.id, status: 'rejected' });
    expect(after.items.map((a) => a.id)).toContain(id);
  });
});
