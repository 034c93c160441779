import { describe, expect, it } from 'vitest';
import { ERASURE_JOB, erasureJobId, FORMER_MEMBER_NAME } from '../domain/privacy.js';
import { isDomainError } from '../errors/domain-error.js';
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
});
