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

  it('acks at once, empty, and answers at the response URL when the work is quick too', async () => {
    const response = await h.command({ command: '/ask', text: 'Quick one', userId: ADA });
    expect(response.ack.text).toBe('');
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(response.json)).toContain('Your question is with the coaches');
  });

  it('refuses 10 000 characters clearly, and stores hostile text without it ever being rendered as markup', async () => {
    const long = await h.command({ command: '/ask', text: 'x'.repeat(10_000), userId: ADA });
    expect(allText(long.json)).toContain('is too long (at most 4000 characters)');
    const hostile = await h.command({ command: '/ask', text: '<!everyone> <@U123> help', userId: ADA });
    expect(allText(hostile.json)).toContain('Your question is with the coaches');
    for (const text of mrkdwnTexts(hostile.json)) expect(text).not.toMatch(/<[!@]/);
  });

  it('gives usage help in the caller language for bad input', async () => {
    const missing = await h.command({ command: '/ask', text: '', userId: ADA });
    expect(missing.json).toMatchObject({ response_type: 'ephemeral' });
    expect(allText(missing.json)).toContain('/ask needs question.');
    // `<question>` is escaped so Slack shows it literally.
    expect(allText(missing.json)).toContain('/ask &lt;question&gt; — Ask the coach a private question');
    h.fake.addUser({ id: 'U0ZH', locale: 'zh-CN' });
    const unknown = await h.command({ command: '/nope', userId: 'U0ZH' });
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
    expect(allText(answer.body)).toContain('the moderators will look at this message');
  });

  it('falls back to a DM when the response URL has expired', async () => {
    h.fake.expireResponseUrl('dead');
    await h.post(slashCommandRequest({ command: '/me', userId: ADA, responseUrl: h.fake.responseUrl('dead') }));
    const dm = await h.fake.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === ADA && allText(c.body as never).includes('Your membership'),
      10_000,
    );
    expect(dm.ok).toBe(true);
    expect(allText(dm.body as never)).toContain('Your membership');
  }, 10_000);
});

describe('Slack: a burst of commands', () => {
  it('acks every command at once while the work waits its turn, then answers each once', async () => {
    const burst = await startSlackHarness({ commandConcurrency: 1 });
    try {
      burst.fake.addUser({ id: ADA, locale: 'en-GB' });
      const club = await createClub(burst, { slug: 'burst', teamId: TEAM, ownerSlackId: 'U0OWNER' });
      await makeMember(burst, { ...club, teamId: TEAM, slackId: ADA, name: 'Ada' });
      // Each command's first unit of work waits 1 s: with one command worked on at a time, three take 3 s or more.
      burst.setDatabaseDelay(1_000, 3);
      const acks = await Promise.all(
        [1, 2, 3].map((n) =>
          burst.post(
            slashCommandRequest({
              command: '/ask',
              text: `Question ${n}`,
              userId: ADA,
              responseUrl: burst.fake.responseUrl(`burst-${n}`),
            }),
          ),
        ),
      );
      // Every ack came back empty before any answer existed: none waited for the work of another.
      expect(acks.map((a) => [a.status, a.text])).toEqual([
        [200, ''],
        [200, ''],
        [200, ''],
      ]);
      expect([1, 2, 3].flatMap((n) => burst.fake.responsesTo(`burst-${n}`))).toEqual([]);
      const answers = await Promise.all([1, 2, 3].map((n) => burst.fake.waitForResponse(`burst-${n}`, 10_000)));
      for (const answer of answers) expect(allText(answer.body)).toContain('Your question is with the coaches');
      expect([1, 2, 3].map((n) => burst.fake.responsesTo(`burst-${n}`).length)).toEqual([1, 1, 1]);
    } finally {
      await burst.close();
    }
  }, 20_000);
});
