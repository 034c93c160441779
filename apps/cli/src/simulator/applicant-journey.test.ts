import { type Caller, catalogue, createDispatcher } from '@snowball/commands';
import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { ChatSession } from './chat-session.js';

// The applicant's journey and /settings in the terminal chat: the same catalogue as Discord and Slack, with
// buttons as numbers and forms as prompts.
async function club() {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Test Club',
    owner: { displayName: 'Owner', email: 'owner@example.com' },
    settings: { defaultLocale: 'en' },
  });
  await ports.communities.attachWorkspace(community.id, 'simulator', 'club');
  await ports.accounts.link({
    communityId: community.id,
    platform: 'simulator',
    workspaceId: 'club',
    platformUserId: ownerId,
    memberId: ownerId,
    linkedAt: ports.clock.now(),
  });
  const dispatcher = createDispatcher({ core, commands: catalogue });
  const session = (userId: string, userName: string) => {
    const caller: Caller = { platform: 'simulator', workspaceId: 'club', userId, userName, locale: 'en' };
    return new ChatSession(dispatcher, catalogue, caller, 'en');
  };
  const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
  return { ports, core, community, owner, session };
}

async function type(session: ChatSession, lines: string[]): Promise<string> {
  const transcript: string[] = [];
  for (const line of lines) transcript.push(`${session.prompt}${line}`, await session.input(line));
  return transcript.join('\n');
}

describe('terminal chat: the applicant’s journey and /settings', () => {
  it('applies with a referrer, answers the club’s question from /apply, and can withdraw', async () => {
    const { ports, core, community, owner, session } = await club();
    const ownerHandle = (await ports.members.get(community.id, owner.memberId))?.handle as string;
    const nina = session('nina', 'Nina');
    const applied = await type(nina, [
      `/apply referrer:@${ownerHandle}`,
      '1',
      'Nina',
      '',
      'Nina Freight',
      '',
      'Freight',
    ]);
    expect(applied).toContain(`@${ownerHandle}`);
    expect(applied).toContain('Thank you, Nina!');
    // The referrer was asked by DM, and vouches in the chat by pressing the message's button.
    const ask = ports.messenger.sent.find((s) => s.message.title === 'Can you vouch for a new applicant?');
    expect(ask?.account.platformUserId).toBe(owner.memberId);
    const referrer = session(owner.memberId, 'Owner');
    const shown = referrer.showDirectMessage(ask?.message ?? { text: '' });
    expect(shown).toContain('📩 Direct message: Can you vouch for a new applicant?');
    expect(shown).toMatch(/\[1\] /);
    expect(await referrer.input('1')).toContain('Thank you for vouching');
    const [vouched] = (await core.listApplications({ actor: owner, communityId: community.id })).items;
    expect(vouched?.vouchedAt).toEqual(ports.clock.now());

    const [application] = (await core.listApplications({ actor: owner, communityId: community.id })).items;
    await core.requestApplicationInfo({
      actor: owner,
      communityId: community.id,
      applicationId: application?.id as string,
      message: 'Which ports?',
    });
    expect(ports.messenger.sent.map((s) => s.message.title)).toContain('A question about your application');
    const state = await nina.input('/apply');
    expect(state).toContain('Which ports?');
    expect(state).toContain('[1] Answer');
    expect(await type(nina, ['1', 'Haiphong'])).toContain('back under review');
    expect(await nina.input('/apply')).toContain('You answered the club’s question');
    expect(await nina.input('1')).toContain('Your application is withdrawn');
    expect(await nina.input('/apply')).toContain('I share these values');
  });

  it('changes a member’s settings through prompts, and refuses a bad value', async () => {
    const { ports, community, owner, session } = await club();
    const me = session(owner.memberId, 'Owner');
    expect(await me.input('/settings')).toContain('Timezone: club default (Asia/Shanghai)');
    const bad = await type(me, ['1', '', 'Nowhere/City', '', '', '']);
    expect(bad).toContain('Please check timezone');
    const saved = await type(me, ['/settings', '1', 'en', 'Europe/Berlin', '30', 'off', 'staff']);
    expect(saved).toContain('Saved.');
    expect(saved).toContain('Introductions: off');
    expect(await ports.members.get(community.id, owner.memberId)).toMatchObject({
      locale: 'en',
      timezone: 'Europe/Berlin',
      reminderLeadMinutes: 30,
    });
  });
});
