import { describe, expect, it } from 'vitest';
import { ERASURE_JOB, erasureJobId, FORMER_MEMBER_NAME } from '../domain/privacy.js';
import { isDomainError } from '../errors/domain-error.js';
import { recentChatAuthorKey, recentChatChannelKey } from '../rules/recent-chat-key.js';
import { createClubFixture } from '../testing/club-fixture.js';

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('members’ data rights (in-memory twin)', () => {
  it('an export link works once and only for the member or staff', async () => {
    const club = await createClubFixture();
    const ann = await club.addMember({ name: 'Ann Archer' });
    const bo = await club.addMember({ name: 'Bo Baker' });
    const { token } = await club.core.requestDataExport({
      actor: ann,
      communityId: club.communityId,
      memberId: ann.memberId,
    });
    const exported = await club.core.downloadDataExport({ token });
    expect(JSON.stringify(exported.tables)).toContain('Ann Archer');
    expect(JSON.stringify(exported.tables)).not.toContain('Bo Baker');
    const reused = await failure(() => club.core.downloadDataExport({ token }));
    expect(isDomainError(reused) && reused.code).toBe('privacy.export_link_invalid');
    const stranger = await failure(() =>
      club.core.requestDataExport({ actor: bo, communityId: club.communityId, memberId: ann.memberId }),
    );
    expect(isDomainError(stranger) && stranger.code).toBe('auth.staff_only');
    // Staff may run it from the member page.
    await club.core.requestDataExport({ actor: club.owner, communityId: club.communityId, memberId: ann.memberId });
  });

  it('an erasure waits for the owner’s cooling-off, can be cancelled, and is carried out once due', async () => {
    const club = await createClubFixture({ settings: { privacyCoolingOffHours: 48 } });
    const ann = await club.addMember({ name: 'Ann Archer' });
    const first = await club.core.requestErasure({ actor: ann, communityId: club.communityId, memberId: ann.memberId });
    expect(first.status).toBe('pending');
    expect(first.dueAt.getTime() - first.requestedAt.getTime()).toBe(48 * 3_600_000);
    expect(club.ports.jobs.jobs.get(`${ERASURE_JOB}:${erasureJobId(first.id)}`)?.runAt).toEqual(first.dueAt);
    // Asking again while one is pending changes nothing.
    const again = await club.core.requestErasure({ actor: ann, communityId: club.communityId, memberId: ann.memberId });
    expect(again.id).toBe(first.id);
    await club.core.cancelErasure({ actor: ann, communityId: club.communityId, memberId: ann.memberId });
    expect(club.ports.jobs.jobs.has(`${ERASURE_JOB}:${erasureJobId(first.id)}`)).toBe(false);

    const second = await club.core.requestErasure({
      actor: club.owner,
      communityId: club.communityId,
      memberId: ann.memberId,
    });
    expect(await club.core.carryOutErasure({ communityId: club.communityId, requestId: second.id })).toBe('not_due');
    club.ports.clock.advance(48 * 3_600_000);
    const sentBefore = club.ports.messenger.sent.length;
    // The reconcile carries it out even if its job was lost.
    expect(await club.core.eraseDueMembers({})).toEqual({ erased: 1 });
    expect(club.ports.messenger.sent.length - sentBefore).toBe(1);
    const gone = await club.ports.members.get(club.communityId, ann.memberId);
    expect(gone).toMatchObject({ displayName: FORMER_MEMBER_NAME, email: null });
    expect(gone?.deletedAt).not.toBeNull();
    expect(await club.ports.accounts.listForMember(club.communityId, ann.memberId)).toEqual([]);
    expect(await club.core.carryOutErasure({ communityId: club.communityId, requestId: second.id })).toBe(
      'already_done',
    );
  });
  it('a member the club does not have is not found, on the privacy state and on a cancel', async () => {
    const club = await createClubFixture();
    for (const work of [
      () =>
        club.core.pendingErasure({
          actor: club.owner,
          communityId: club.communityId,
          memberId: 'f0000000-0000-4000-8000-000000000000',
        }),
      () =>
        club.core.cancelErasure({
          actor: club.owner,
          communityId: club.communityId,
          memberId: 'f0000000-0000-4000-8000-000000000000',
        }),
    ]) {
      const error = await failure(work);
      expect(isDomainError(error) && error.code).toBe('member.not_found');
    }
  });

  it('an erasure forgets the member’s recent chat kept for moderation, theirs and in the channels’ windows', async () => {
    const club = await createClubFixture();
    const ann = await club.addMember({ name: 'Ann Archer', platforms: ['discord', 'slack'] });
    const bo = await club.addMember({ name: 'Bo Baker' });
    const accounts = await club.ports.accounts.listForMember(club.communityId, ann.memberId);
    const [boAccount] = await club.ports.accounts.listForMember(club.communityId, bo.memberId);
    const store = club.ports.recentMessages;
    const bounds = { maxMessages: 10, windowMs: 600_000 };
    const at = club.ports.clock.now();
    const said = (messageId: string, authorId?: string) => ({
      messageId,
      channelId: 'general',
      text: `words ${messageId}`,
      at,
      ...(authorId ? { authorId } : {}),
    });
    const channel = recentChatChannelKey(club.communityId, {
      platform: 'discord',
      workspaceId: 'guild-1',
      channelId: 'general',
    });
    for (const [i, account] of accounts.entries()) {
      await store.push(recentChatAuthorKey(club.communityId, account), said(`ann-${i}`), bounds);
      await store.push(channel, said(`ann-in-channel-${i}`, account.platformUserId), bounds);
    }
    await store.push(channel, said('bo-in-channel', boAccount?.platformUserId), bounds);
    await club.core.requestErasure({ actor: club.owner, communityId: club.communityId, memberId: ann.memberId });
    club.ports.clock.advance(30 * 24 * 3_600_000);
    expect(await club.core.eraseDueMembers({})).toEqual({ erased: 1 });
    for (const account of accounts) {
      expect(await store.push(recentChatAuthorKey(club.communityId, account), said('later'), bounds)).toEqual([]);
    }
    const left = await store.push(channel, said('later-in-channel', 'someone'), bounds);
    expect(left.map((m) => m.messageId)).toEqual(['bo-in-channel']);
  });
});
