import type { Actor, Community } from '@snowball/core';
import { messageShortcutRequest, slashCommandRequest } from '@snowball/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  allText,
  createClub,
  makeMember,
  mrkdwnTexts,
  type SlackHarness,
  startSlackHarness,
} from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';
const ADA = 'U0ADA';

describe('Slack: answering within 3 seconds', () => {
  let h: SlackHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startSlackHarness();
    h.fake.addUser({ id: ADA, locale: 'en-GB' });
    ({ community, owner } = await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: 'U0OWNER' }));
    await makeMember(h, { community, owner, teamId: TEAM, slackId: ADA, name: 'Ada' });
  });
  afterEach(() => h.setDatabaseDelay(0));
  afterAll(() => h.close());

  it('acks /ask in time when the database is slow, then confirms at the response URL', async () => {
    // The first query (who is asking) takes 4 s: the whole answer cannot make Slack's 3 s.
    h.setDatabaseDelay(4_000, 1);
    const response = await h.post(
      slashCommandRequest({
        command: '/ask',
        text: 'How do I price custom cakes?',
        userId: ADA,
        responseUrl: h.fake.responseUrl('ask'),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(3_000);
    expect(response.text).toBe('');
    expect(h.fake.responsesTo('ask')).toEqual([]);
    const later = await h.fake.waitForResponse('ask', 10_000);
    expect(later.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(later.body)).toContain('Your question is with the coaches');
    h.setDatabaseDelay(0);
    const questions = await h.core.listMyQuestions({
      actor: {
        kind: 'member',
        communityId: community.id,
        memberId: (await h.ports.accounts.find('slack', TEAM, ADA))?.memberId as string,
        roles: [],
      },
    });
    expect(JSON.stringify(questions)).toContain('How do I price custom cakes?');
  }, 15_000);

  it('answers in the ack itself when the work is quick', async () => {
    const response = await h.post(slashCommandRequest({ command: '/ask', text: 'Quick one', userId: ADA }));
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(response.json)).toContain('Your question is with the coaches');
  });

  it('refuses 10 000 characters clearly, and stores hostile text without it ever being rendered as markup', async () => {
    const long = await h.post(slashCommandRequest({ command: '/ask', text: 'x'.repeat(10_000), userId: ADA }));
    expect(allText(long.json)).toContain('is too long (at most 4000 characters)');
    const hostile = await h.post(
      slashCommandRequest({ command: '/ask', text: '<!everyone> <@U123> help', userId: ADA }),
    );
    expect(allText(hostile.json)).toContain('Your question is with the coaches');
    for (const text of mrkdwnTexts(hostile.json)) expect(text).not.toMatch(/<[!@]/);
  });

  it('gives usage help in the caller language for bad input', async () => {
    const missing = await h.post(slashCommandRequest({ command: '/ask', text: '', userId: ADA }));
    expect(missing.json).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(missing.json)).toContain('/ask needs question.');
    // `<question>` is escaped so Slack shows it literally.
    expect(allText(missing.json)).toContain('/ask &lt;question&gt; — Ask the coach a private question');
    h.fake.addUser({ id: 'U0ZH', locale: 'zh-CN' });
    const unknown = await h.post(slashCommandRequest({ command: '/nope', userId: 'U0ZH' }));
    // A stranger gets the club's default language (zh-CN) unless Slack says otherwise; here Slack says zh-CN.
    expect(allText(unknown.json)).toContain('没有 /nope 这个命令');
  });

  it('answers the Report message shortcut privately', async () => {
    await h.post(
      messageShortcutRequest({
        callbackId: 'report',
        message: { text: 'buy my coin', user: 'U0SPAM' },
        userId: ADA,
        responseUrl: h.fake.responseUrl('report'),
      }),
    );
    const answer = await h.fake.waitForResponse('report');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(answer.body)).toContain('coming soon');
  });

  it('falls back to a DM when the response URL has expired', async () => {
    h.fake.expireResponseUrl('dead');
    h.setDatabaseDelay(2_500, 1);
    await h.post(slashCommandRequest({ command: '/me', userId: ADA, responseUrl: h.fake.responseUrl('dead') }));
    const dm = await h.fake.waitForCall('chat.postMessage', (c) => c.body.channel === ADA, 10_000);
    expect(dm.ok).toBe(true);
    expect(allText(dm.body as never)).toContain('Your membership');
  }, 10_000);
});
