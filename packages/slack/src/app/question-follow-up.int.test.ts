import type { Actor, Community } from '@snowball/core';
import { directMessageEventRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, createClub, makeMember, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

// A coach's follow-up reaches the member by DM through the real Bolt app; the member answers in that DM's thread,
// and the reply lands under their question, once however often Slack delivers the event.

const TEAM = 'T0SNOWBALL';
const ADA = 'U0ADA';
const CHEN = 'U0CHEN';

describe('Slack: replying to a coach’s follow-up in the DM thread', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;
  let ada: Actor;
  let chen: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    h.fake.addUser({ id: ADA, locale: 'en-GB' });
    h.fake.addUser({ id: CHEN, locale: 'zh-CN' });
    ({ community, owner } = await createClub(h, { slug: 'follow', teamId: TEAM, ownerSlackId: 'U0OWNER' }));
    const adaId = await makeMember(h, { community, owner, teamId: TEAM, slackId: ADA, name: 'Ada' });
    const chenId = await makeMember(h, { community, owner, teamId: TEAM, slackId: CHEN, name: 'Chen' });
    await h.core.grantStaffRole({ actor: owner, communityId: community.id, memberId: chenId, role: 'coach' });
    ada = { kind: 'member', communityId: community.id, memberId: adaId, roles: [] };
    chen = { kind: 'member', communityId: community.id, memberId: chenId, roles: ['coach'] };
  });
  afterAll(() => h.close());

  it('attaches the threaded reply to the question, confirms it in the thread, and tells the coach', async () => {
    const q = await h.core.askQuestion({ actor: ada, body: 'How do I find a distributor in Japan?' });
    await h.core.askQuestionFollowUp({
      actor: chen,
      communityId: community.id,
      questionId: q.id,
      body: 'Which product line first?',
    });
    const followUp = await h.fake.waitForCall('chat.postMessage', (c) =>
      allText(c.body).includes('Which product line first?'),
    );
    const dmChannel = String(followUp.body.channel);

    const event = directMessageEventRequest({
      text: 'The matcha line, <!channel> *first*',
      userId: ADA,
      teamId: TEAM,
      threadTs: '1700000000.000100',
      eventId: 'EvREPLY1',
    });
    expect((await h.post(event)).status).toBe(200);
    const confirm = await h.fake.waitForCall(
      'chat.postMessage',
      (c) => c.body.thread_ts === '1700000000.000100' && allText(c.body).includes('your question'),
    );
    expect(allText(confirm.body)).toContain('the coach has been told');
    expect(dmChannel).toBeTruthy();

    // Slack retries the same event: nothing is attached twice.
    expect((await h.post(event, { retryNum: 1 })).status).toBe(200);
    const [mine] = await h.core.listMyQuestions({ actor: ada });
    expect(mine?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', 'Which product line first?'],
      ['member', 'The matcha line, <!channel> *first*'],
    ]);
    expect(mine?.status).toBe('claimed');
    await h.fake.waitForCall('chat.postMessage', (c) => allText(c.body).includes('The matcha line'));
  });
});
