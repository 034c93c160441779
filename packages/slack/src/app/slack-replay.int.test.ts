import { blockActionRequest, slashCommandRequest } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, makeMember, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

const TEAM = 'T0SNOWBALL';

describe('Slack: a replayed signed request has no second effect', () => {
  let h: SlackHarness;
  let communityId: string;
  const dispatched: string[] = [];

  beforeAll(async () => {
    h = await startSlackHarness({
      wrapDispatcher: (inner) => ({
        find: (name) => inner.find(name),
        dispatch: (invocation) => {
          dispatched.push(invocation.type === 'command' ? invocation.name : invocation.type);
          return inner.dispatch(invocation);
        },
      }),
    });
    const club = await createClub(h, { slug: 'replay', teamId: TEAM, ownerSlackId: 'U0OWNER' });
    communityId = club.community.id;
    await makeMember(h, { ...club, teamId: TEAM, slackId: 'U0ASKER', name: 'Asker' });
  });
  afterAll(() => h?.close());

  const questionCount = async () =>
    (await h.ports.questions.list(communityId, null, { limit: 100, offset: 0 })).items.length;

  it('stores one question when the same signed slash command is sent twice within 5 minutes', async () => {
    const before = await questionCount();
    const fixture = slashCommandRequest({
      command: '/ask',
      text: 'Who knows a good freight forwarder?',
      teamId: TEAM,
      userId: 'U0ASKER',
      responseUrl: h.fake.responseUrl('replay-ask'),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await h.post(fixture, { timestamp });
    expect(first.status).toBe(200);
    // The exact bytes and signature again (an attacker's replay, or a proxy's retry).
    const replays = await Promise.all([h.post(fixture, { timestamp }), h.post(fixture, { timestamp })]);
    expect(replays.map((r) => r.status)).toEqual([200, 200]);
    expect(replays.map((r) => r.text)).toEqual(['', '']);
    await new Promise((r) => setTimeout(r, 200));
    expect(await questionCount()).toBe(before + 1);
  });

  it('a different invocation (new trigger id) of the same command is still handled', async () => {
    const before = await questionCount();
    for (const text of ['First question?', 'Second question?']) {
      const response = await h.post(
        slashCommandRequest({
          command: '/ask',
          text,
          teamId: TEAM,
          userId: 'U0ASKER',
          responseUrl: h.fake.responseUrl(`fresh-${text}`),
        }),
      );
      expect(response.status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await questionCount()).toBe(before + 2);
  });

  it('a replayed button press is acknowledged and ignored', async () => {
    const fixture = blockActionRequest({ actionId: 'me:refresh', teamId: TEAM, userId: 'U0ASKER' });
    dispatched.length = 0;
    const first = await h.post(fixture);
    const replay = await h.post(fixture);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(dispatched).toHaveLength(1);
  });
});
