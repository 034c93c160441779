import type { Actor, Community } from '@snowball/core';
import { eventCallbackRequest, type FakeSlackWorkspace, fakeBotToken } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, createClub, makeMember, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

const workspaceA: FakeSlackWorkspace = {
  teamId: 'T0AAAA',
  teamName: 'Alpha',
  botToken: fakeBotToken(),
  botUserId: 'U0BOTA',
  botId: 'B0BOTA',
};
const workspaceB: FakeSlackWorkspace = {
  teamId: 'T0BBBB',
  teamName: 'Beta',
  botToken: fakeBotToken(),
  botUserId: 'U0BOTB',
  botId: 'B0BOTB',
};

describe('Slack: OAuth install and several workspaces', () => {
  let h: SlackHarness;
  let clubA: { community: Community; owner: Actor };

  beforeAll(async () => {
    h = await startSlackHarness({ mode: 'multi' });
  });
  afterAll(() => h.close());

  /** Runs the browser side of the install: our redirect to Slack, Slack's redirect back with a code. */
  async function install(communityId: string, workspace: FakeSlackWorkspace, code: string) {
    const start = await fetch(`${h.server.url}/slack/install?community=${communityId}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(h.fake.clientId);
    expect(location.searchParams.get('scope')).toContain('commands');
    expect(location.searchParams.get('redirect_uri')).toBe('http://127.0.0.1/slack/oauth_redirect');
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^snowball_slack_oauth=/);
    h.fake.addOAuthCode(code, { workspace, installerUserId: 'U0INSTALLER', scopes: ['commands', 'chat:write'] });
    const state = location.searchParams.get('state') ?? '';
    return {
      state,
      cookie,
      back: (override: { state?: string; cookie?: string } = {}) =>
        fetch(
          `${h.server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(override.state ?? state)}`,
          {
            headers: { cookie: override.cookie ?? cookie },
          },
        ),
    };
  }

  it('installs a workspace: token stored encrypted, team attached to the club', async () => {
    clubA = await createClub(h, { slug: 'alpha', teamId: 'T0UNUSED', ownerSlackId: 'U0X' });
    const { community } = clubA;
    const flow = await install(community.id, workspaceA, 'code-a');
    const done = await flow.back();
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Snowball 已安装');
    expect(h.installationStore.dump()).not.toContain(workspaceA.botToken);
    const stored = await h.installationStore.find(workspaceA.teamId);
    expect(stored).toMatchObject({
      teamId: workspaceA.teamId,
      communityId: community.id,
      botUserId: workspaceA.botUserId,
      botId: workspaceA.botId,
      installedBy: 'U0INSTALLER',
    });
    expect(stored?.botTokenCiphertext).toMatch(/^v1\./);
    expect((await h.ports.communities.findByWorkspace('slack', workspaceA.teamId))?.id).toBe(community.id);
    // The code was used once; replaying the redirect fails at Slack.
    expect((await flow.back()).status).toBe(502);
  });

  it('refuses a forged or expired state, another browser, an unknown club, and a cancelled install', async () => {
    const { community } = await createClub(h, { slug: 'gamma', teamId: 'T0UNUSED3', ownerSlackId: 'U0Y' });
    const flow = await install(community.id, { ...workspaceB, teamId: 'T0GAMMA' }, 'code-g');
    expect((await flow.back({ state: `${flow.state.split('.')[0]}.forged` })).status).toBe(400);
    expect((await flow.back({ cookie: 'snowball_slack_oauth=someone-else' })).status).toBe(400);
    expect((await fetch(`${h.server.url}/slack/install?community=nope`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${h.server.url}/slack/install`, { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(`${h.server.url}/slack/install?community=%27%3B--`, { redirect: 'manual' })).status).toBe(400);
    const cancelled = await fetch(`${h.server.url}/slack/oauth_redirect?error=access_denied&state=x`);
    expect(cancelled.status).toBe(200);
    expect(await h.installationStore.find('T0GAMMA')).toBeNull();
  });

  it('keeps a second workspace’s commands inside its own club', async () => {
    const a = clubA.community;
    const { community: b, owner: ownerB } = await createClub(h, {
      slug: 'beta',
      teamId: 'T0UNUSED2',
      ownerSlackId: 'U0Z',
    });
    const flow = await install(b.id, workspaceB, 'code-b');
    expect((await flow.back()).status).toBe(200);

    // The same Slack user id exists in both workspaces; only in A is it a member.
    await makeMember(h, {
      community: a,
      owner: clubA.owner,
      teamId: workspaceA.teamId,
      slackId: 'U0SAME',
      name: 'Sam',
    });
    h.fake.clearRecords();
    const inA = await h.command({ command: '/me', teamId: workspaceA.teamId, userId: 'U0SAME' });
    const inB = await h.command({ command: '/me', teamId: workspaceB.teamId, userId: 'U0SAME' });
    expect(allText(inA.json)).toMatch(/会籍|membership/i);
    expect(allText(inA.json)).not.toContain('尚未关联');
    expect(allText(inB.json)).toContain('尚未关联会籍');
    // Each workspace's calls use its own bot token.
    const tokens = new Set(h.fake.calls.map((c) => c.token));
    expect(tokens).toEqual(new Set([workspaceA.botToken, workspaceB.botToken]));

    // B's staff review queue holds only B's applications.
    await h.core.submitApplication({
      communityId: a.id,
      name: 'Only In A',
      answers: [],
      valuesPledge: true,
      locale: 'en',
      email: 'a-only@example.com',
    });
    await h.ports.accounts.link({
      communityId: b.id,
      platform: 'slack',
      workspaceId: workspaceB.teamId,
      platformUserId: 'U0OWNERB',
      memberId: ownerB.kind === 'member' ? ownerB.memberId : '',
      linkedAt: h.ports.clock.now(),
    });
    const review = await h.command({ command: '/review', teamId: workspaceB.teamId, userId: 'U0OWNERB' });
    expect(allText(review.json)).toContain('暂无待审核的申请');
    expect(allText(review.json)).not.toContain('Only In A');
  });

  it('refuses to move a workspace to another club', async () => {
    const { community: other } = await createClub(h, { slug: 'delta', teamId: 'T0UNUSED4', ownerSlackId: 'U0W' });
    const flow = await install(other.id, { ...workspaceA, botToken: fakeBotToken() }, 'code-a2');
    expect((await flow.back()).status).toBe(409);
    expect((await h.installationStore.find(workspaceA.teamId))?.communityId).toBe(clubA.community.id);
  });

  it('forgets the installation when the app is uninstalled', async () => {
    const uninstall = eventCallbackRequest({ type: 'app_uninstalled', event_ts: '1.1' }, { teamId: workspaceB.teamId });
    expect((await h.post(uninstall)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(await h.installationStore.find(workspaceB.teamId)).toBeNull();
  });
});
