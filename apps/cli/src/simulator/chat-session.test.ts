import { type Caller, catalogue, createDispatcher } from '@snowball/commands';
import { createCore, type Locale } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { ChatSession } from './chat-session.js';

async function club(locale: Locale) {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Test Club',
    owner: { displayName: 'Owner', email: 'owner@example.com' },
    settings: { defaultLocale: locale },
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
    const caller: Caller = { platform: 'simulator', workspaceId: 'club', userId, userName, locale };
    return new ChatSession(dispatcher, catalogue, caller, locale, core);
  };
  return { ports, core, community, ownerId, session };
}

async function type(session: ChatSession, lines: string[]): Promise<string> {
  const transcript: string[] = [];
  for (const line of lines) transcript.push(`${session.prompt}${line}`, await session.input(line));
  return transcript.join('\n');
}

describe('chat simulator', () => {
  it('prefills the email it chats as, and asks again only for the fields that were wrong', async () => {
    const { ports, community, session } = await club('en');
    const nina = session('nina@example.com', 'nina@example.com');
    await nina.input('/apply');
    const opened = await nina.input('1');
    expect(opened).toContain('📝 Application');
    expect(nina.prompt).toBe('Your name: ');
    const first = await type(nina, ['Nina Newcomer', 'nina(at)example', 'Nina Freight', '', 'We ship tea to Europe']);
    // What was valid is kept and not asked again: only the email, with what is wrong with it.
    expect(first).toContain('📝 Application: please fix');
    expect(first).toContain('  Email: Not an email address; please retype it (like name@example.com)');
    expect(nina.prompt).toBe('Email (optional, Enter to skip): ');
    const fixed = await type(nina, ['nina@example.com']);
    expect(fixed).toContain('Thank you, Nina Newcomer!');
    const { items } = await ports.applications.list(community.id, null, { limit: 5, offset: 0 });
    expect(items.map((a) => [a.name, a.email, a.company])).toEqual([
      ['Nina Newcomer', 'nina@example.com', 'Nina Freight'],
    ]);
  });

  it('runs the newcomer-to-member journey in English', async () => {
    const { ports, core, community, ownerId, session } = await club('en');
    const newcomer = session('ada@example.com', 'Ada');
    const applying = await type(newcomer, [
      '/apply',
      '1',
      'Ada Lovelace',
      '',
      'Engines Ltd',
      'software',
      '',
      'We build analytical engines',
    ]);
    expect(applying).toContain('I share these values — apply');
    expect(applying).toContain('This field is required.');
    expect(applying).toContain('Thank you, Ada Lovelace!');
    // Run again, /apply shows the application under review instead of a second form.
    const again = await newcomer.input('/apply');
    expect(again).toContain('is under review');
    expect(again).toContain('Withdraw my application');
    expect(again).not.toContain('I share these values');

    const owner = session(ownerId, 'Owner');
    const review = await owner.input('/review');
    expect(review).toContain('Ada Lovelace');
    expect(review).toContain('[1] Approve');
    expect(await owner.input('1')).toContain('Ada Lovelace is approved');

    const [application] = (await ports.applications.list(community.id, 'approved', { limit: 5, offset: 0 })).items;
    await core.recordPayment({
      actor: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
      communityId: community.id,
      applicationId: application?.id as string,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'T-1',
    });
    const me = await newcomer.input('/me');
    expect(me).toContain('Status: active');
    expect(await newcomer.input('/ask How should I price my first product?')).toContain(
      'Your question is with the coaches',
    );
    expect(await newcomer.input('/questions')).toContain('How should I price my first product?');
    expect(await newcomer.input('/review')).toContain('Only the club staff can do this.');
    expect(await newcomer.input('7')).toContain('There is no button 7.');
    expect(await newcomer.input('/mod login')).toContain('Only the club staff can do this.');

    // A question a coach claimed in the panel stays in the chat queue, marked as claimed.
    const ownerActor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
    const [waiting] = (await core.listQuestions({ actor: ownerActor, communityId: community.id, status: 'open' }))
      .items;
    await core.claimQuestion({ actor: ownerActor, communityId: community.id, questionId: waiting?.id as string });
    const answering = await type(owner, ['/answer', '1', 'Start with ten customers and three price points.']);
    expect(answering).toContain('a coach has claimed it');
    expect(answering).toContain('How should I price my first product?');
    expect(answering).toContain('Answer saved and sent to the member privately');
    const answerDm = ports.messenger.sent.find((s) => s.message.text.includes('Start with ten customers'));
    expect(answerDm?.account.platformUserId).toBe('ada@example.com');
    expect(await newcomer.input('/questions')).toContain('→ Start with ten customers and three price points.');
    // Words that are not a command are the member's reply in the conversation, as in a DM on a platform.
    expect(await newcomer.input('Thanks! And for wholesale buyers?')).toContain(
      'Your reply is under your question “How should I price my first product?”',
    );
    expect(ports.messenger.sent.at(-1)?.account.memberId).toBe(ownerId);
    expect(await owner.input('hello there')).toContain('Commands start with /');

    const unknownSub = await owner.input('/mod logout');
    expect(unknownSub).toContain('/mod login');
    expect(ports.messenger.sent.some((s) => s.message.text.includes('token='))).toBe(false);
    expect(await owner.input('/mod login')).toContain('Check your direct messages');
    const dm = ports.messenger.sent.at(-1);
    expect(dm?.account.memberId).toBe(ownerId);
    const token = /token=([^\s]+)/.exec(dm?.message.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const redeemed = await core.redeemLoginLink({ token: decodeURIComponent(token as string) });
    expect(redeemed).toBeTruthy();
  });

  it('speaks Chinese and validates forms like a modal', async () => {
    const { session } = await club('zh-CN');
    const guest = session('li@example.com', '李雷');
    expect(await guest.input('/me')).toContain('尚未关联会籍');
    expect(await guest.input('/ask 你好')).toContain('尚未关联会籍');
    const form = await type(guest, ['/apply', '1', '李雷', 'x'.repeat(300)]);
    expect(form).toContain('太长了（最多 254 个字符）');
    expect(await guest.input('/cancel')).toBe('已取消填写。');
    expect(await guest.input('hello')).toContain('命令以 / 开头');
    expect(await guest.input('/nope')).toContain('未知命令 /nope');
  });
});
