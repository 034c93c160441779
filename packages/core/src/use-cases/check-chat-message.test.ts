import { describe, expect, it } from 'vitest';
import type { ModerationSettings } from '../domain/moderation-rules.js';
import { DEFAULT_MODERATION_SETTINGS } from '../domain/moderation-rules.js';
import type { ClassifiableMessage, ClassifierClub, TextClassifier } from '../ports/text-classifier.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { checkChatMessage } from './check-chat-message.js';

/** Flags any message containing "http" and records what it was asked. */
class RecordingClassifier implements TextClassifier {
  readonly calls: { club: ClassifierClub; message: ClassifiableMessage }[] = [];
  classify(club: ClassifierClub, message: ClassifiableMessage) {
    this.calls.push({ club, message });
    const findings = message.text.includes('http') ? [{ rule: 'ad.link' as const, certain: false, evidence: 'x' }] : [];
    return {
      action: findings.length ? ('review' as const) : ('allow' as const),
      rules: findings.map((f) => f.rule),
      findings,
    };
  }
}

async function setup(moderation?: Partial<ModerationSettings>) {
  const club = await createClubFixture({
    now: '2026-12-01T09:00:00Z',
    ...(moderation ? { settings: { moderation: { ...DEFAULT_MODERATION_SETTINGS, ...moderation } } } : {}),
  });
  await club.ports.communities.attachWorkspace(club.communityId, 'discord', 'guild-1');
  const member = await club.addMember({ name: 'Mia Member' });
  const classifier = new RecordingClassifier();
  const deps = { ...club.ports, classifier };
  const message = (authorId: string, at: string, more: { channelId?: string; content?: string } = {}) => ({
    platform: 'discord' as const,
    workspaceId: 'guild-1',
    channelId: more.channelId ?? 'general',
    authorId,
    content: more.content ?? 'see http://example.com',
    at: new Date(at),
  });
  return { club, member, classifier, deps, message };
}

describe('checkChatMessage', () => {
  it('ignores workspaces that belong to no club', async () => {
    const { deps, message } = await setup();
    const result = await checkChatMessage(deps, { ...message('user-1', '2026-12-02T09:00:00Z'), workspaceId: 'other' });
    expect(result).toEqual({ status: 'not-a-club' });
  });

  it("judges a member's message with the club's settings and keywords; a new member is a newcomer", async () => {
    const { club, member, classifier, deps, message } = await setup();
    const result = await checkChatMessage(deps, message('user-1', '2026-12-02T09:00:00Z'));
    expect(result).toMatchObject({ status: 'checked', memberId: member.memberId, newcomer: true });
    expect(result.status === 'checked' && result.verdict.action).toBe('review');
    const call = classifier.calls[0];
    expect(call?.club.settings).toEqual(DEFAULT_MODERATION_SETTINGS);
    expect(call?.club.excludedKeywords).toContain('资金盘');
    expect(call?.message).toMatchObject({ text: 'see http://example.com', isNewMember: true });
    expect(club.communityId).toBe(result.status === 'checked' ? result.communityId : '');
  });

  it('is no longer a newcomer after the sandbox days, and an unknown author always is', async () => {
    const { deps, message } = await setup({ sandboxDays: 7 });
    expect(await checkChatMessage(deps, message('user-1', '2026-12-09T09:00:01Z'))).toMatchObject({ newcomer: false });
    expect(await checkChatMessage(deps, message('stranger', '2027-06-01T00:00:00Z'))).toMatchObject({
      status: 'checked',
      memberId: null,
      newcomer: true,
    });
  });

  it('exempts staff, allow-listed channels and members, and clubs that switched moderation off', async () => {
    const exempt = await setup({ exemptChannelIds: ['partners'] });
    expect(await checkChatMessage(exempt.deps, exempt.message('owner', '2026-12-02T09:00:00Z'))).toMatchObject({
      status: 'exempt',
    });
    expect(
      await checkChatMessage(exempt.deps, exempt.message('user-1', '2026-12-02T09:00:00Z', { channelId: 'partners' })),
    ).toMatchObject({ status: 'exempt' });
    expect(exempt.classifier.calls).toEqual([]);
    const off = await setup({ enabled: false });
    expect(await checkChatMessage(off.deps, off.message('user-1', '2026-12-02T09:00:00Z'))).toMatchObject({
      status: 'exempt',
    });
  });

  it('passes recent messages and mention counts on for the flooding rules', async () => {
    const { classifier, deps, message } = await setup();
    await checkChatMessage(deps, {
      ...message('user-1', '2026-12-02T09:00:10Z', { content: 'hi' }),
      mentionCount: 3,
      recent: [{ text: 'hello', channelId: 'c2', at: new Date('2026-12-02T09:00:05Z') }],
    });
    expect(classifier.calls[0]?.message).toMatchObject({
      mentionCount: 3,
      at: Date.parse('2026-12-02T09:00:10Z'),
      history: [{ text: 'hello', channelId: 'c2', at: Date.parse('2026-12-02T09:00:05Z') }],
    });
  });
});
