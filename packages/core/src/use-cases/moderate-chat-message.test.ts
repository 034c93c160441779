import { describe, expect, it } from 'vitest';
import type { ModerationFinding, ModerationVerdict } from '../domain/moderation-rules.js';
import type { ClassifiableMessage, ClassifierClub, TextClassifier } from '../ports/text-classifier.js';
import { decideModeration } from '../rules/moderation-decision.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { moderateChatMessage, moderationCaseId } from './moderate-chat-message.js';

/** "AD" in a message is certain advertising, "LINK" an uncertain link; the club's settings decide the action. */
const classifier: TextClassifier = {
  classify(club: ClassifierClub, message: ClassifiableMessage): ModerationVerdict {
    const findings: ModerationFinding[] = [];
    if (message.text.includes('AD')) findings.push({ rule: 'ad.contact', certain: true, evidence: 'AD' });
    if (message.text.includes('LINK')) findings.push({ rule: 'ad.link', certain: false, evidence: 'example.com' });
    return decideModeration(club.settings, findings);
  },
};

async function setup() {
  const club = await createClubFixture({ now: '2026-12-01T09:00:00Z' });
  await club.ports.communities.attachWorkspace(club.communityId, 'discord', 'guild-1');
  const member = await club.addMember({ name: 'Mia Member' });
  const deps = { ...club.ports, classifier };
  const message = (messageId: string, content: string) => ({
    platform: 'discord' as const,
    workspaceId: 'guild-1',
    channelId: 'general',
    messageId,
    authorId: 'user-1',
    content,
    at: new Date('2026-12-20T09:00:00Z'),
  });
  return { club, member, deps, message };
}

describe('moderateChatMessage', () => {
  it('records nothing for an allowed message', async () => {
    const { club, deps, message } = await setup();
    const outcome = await moderateChatMessage(deps, message('m1', 'hello'));
    expect(outcome).toMatchObject({ action: 'allow', caseId: null, duplicate: false });
    expect(await club.ports.moderation.list(club.communityId, null)).toEqual([]);
  });

  it('deletes a certain ad and records an upheld case (a strike) with the message as evidence', async () => {
    const { club, member, deps, message } = await setup();
    const outcome = await moderateChatMessage(deps, message('m2', 'buy now AD'));
    expect(outcome).toMatchObject({
      action: 'delete',
      rules: ['ad.contact'],
      memberId: member.memberId,
      duplicate: false,
    });
    const [recorded] = await club.ports.moderation.list(club.communityId, member.memberId);
    expect(recorded).toMatchObject({
      id: outcome.caseId,
      kind: 'advertising',
      status: 'upheld',
      platform: 'discord',
      channelId: 'general',
      messageId: 'm2',
      excerpt: 'buy now AD',
      reason: 'ad.contact: AD',
      decidedBy: null,
    });
    expect(recorded?.decidedAt).toEqual(club.ports.clock.now());
  });

  it('opens a case for review when the evidence is uncertain', async () => {
    const { club, deps, message } = await setup();
    const outcome = await moderateChatMessage(deps, message('m3', 'see LINK'));
    expect(outcome.action).toBe('review');
    expect(await club.ports.moderation.get(club.communityId, outcome.caseId ?? '')).toMatchObject({
      status: 'open',
      reason: 'ad.link?: example.com',
      decidedAt: null,
    });
  });

  it('records a message once however often its event arrives, edits included', async () => {
    const { club, deps, message } = await setup();
    const first = await moderateChatMessage(deps, message('m4', 'AD'));
    const again = await moderateChatMessage(deps, message('m4', 'AD edited'));
    expect(again).toMatchObject({ action: 'delete', caseId: first.caseId, duplicate: true });
    expect(await club.ports.moderation.list(club.communityId, null)).toHaveLength(1);
    // An edit that turns a fine message into an ad is recorded the first time it is bad.
    await moderateChatMessage(deps, message('m5', 'fine'));
    expect((await moderateChatMessage(deps, message('m5', 'now AD'))).duplicate).toBe(false);
  });

  it('derives one stable UUID-shaped case id per message', () => {
    const id = moderationCaseId('c', 'discord', 'general', 'm1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(moderationCaseId('c', 'discord', 'general', 'm1')).toBe(id);
    expect(moderationCaseId('c', 'discord', 'general', 'm2')).not.toBe(id);
  });

  it('leaves staff messages alone', async () => {
    const { club, deps, message } = await setup();
    const outcome = await moderateChatMessage(deps, { ...message('m6', 'AD'), authorId: 'owner' });
    expect(outcome).toMatchObject({ action: 'allow', memberId: club.owner.memberId, caseId: null });
  });
});
