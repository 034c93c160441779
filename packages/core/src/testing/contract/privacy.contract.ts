import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMER_MEMBER_NAME } from '../../domain/privacy.js';
import { type ClubFixture, createClubFixture } from '../club-fixture.js';
import type { TestPorts } from '../create-test-ports.js';

export interface PrivacySubject {
  /** Ports over the repositories under test (a fresh store or database). */
  readonly ports: TestPorts;
  close?(): Promise<void>;
}

const HOUR = 3_600_000;

/** What every member data rights repository does; runs on the in-memory twin and on drizzle (PostgreSQL, PGlite). */
export function describePrivacyContract(name: string, open: () => Promise<PrivacySubject>): void {
  describe(`privacy repository contract: ${name}`, () => {
    let subject: PrivacySubject;
    let club: ClubFixture;
    beforeAll(async () => {
      subject = await open();
      club = await createClubFixture({ ports: subject.ports });
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    it('spends an export link once, and never after it expired', async () => {
      const { ports } = subject;
      const member = await club.addMember({ name: 'Link Owner' });
      const now = ports.clock.now();
      const link = (tokenHash: string, expiresAt: Date) => ({
        tokenHash,
        communityId: club.communityId,
        memberId: member.memberId,
        requestedBy: member.memberId,
        expiresAt,
        usedAt: null,
        createdAt: now,
      });
      await ports.privacy.createExportLink(link('hash-a', new Date(now.getTime() + HOUR)));
      await ports.privacy.createExportLink(link('hash-b', new Date(now.getTime() - 1)));
      expect((await ports.privacy.useExportLink('hash-a', now))?.memberId).toBe(member.memberId);
      expect(await ports.privacy.useExportLink('hash-a', now)).toBeNull();
      expect(await ports.privacy.useExportLink('hash-b', now)).toBeNull();
      expect(await ports.privacy.useExportLink('unknown', now)).toBeNull();
    });

    it('keeps erasure requests: the pending one of a member, and the due ones oldest first', async () => {
      const { ports } = subject;
      const a = await club.addMember({ name: 'Due Later' });
      const b = await club.addMember({ name: 'Due First' });
      const now = ports.clock.now();
      const request = (id: string, memberId: string, dueInHours: number) => ({
        id,
        communityId: club.communityId,
        memberId,
        requestedBy: memberId,
        requestedAt: now,
        dueAt: new Date(now.getTime() + dueInHours * HOUR),
        status: 'pending' as const,
        completedAt: null,
      });
      const later = request(ports.ids.id(), a.memberId, 2);
      const first = request(ports.ids.id(), b.memberId, 1);
      await ports.privacy.createErasure(later);
      await ports.privacy.createErasure(first);
      expect((await ports.privacy.pendingErasureOf(club.communityId, a.memberId))?.id).toBe(later.id);
      expect(await ports.privacy.dueErasures(now, 10)).toEqual([]);
      const due = await ports.privacy.dueErasures(new Date(now.getTime() + 3 * HOUR), 10);
      expect(due.map((r) => r.id)).toEqual([first.id, later.id]);
      await ports.privacy.updateErasure({ ...later, status: 'cancelled', completedAt: now });
      expect(await ports.privacy.pendingErasureOf(club.communityId, a.memberId)).toBeNull();
      expect((await ports.privacy.getErasure(club.communityId, later.id))?.status).toBe('cancelled');
      expect(await ports.privacy.getErasure(club.communityId, 'f0000000-0000-4000-8000-000000000000')).toBeNull();
    });

    it('collects the member’s rows and nobody else’s, then erases them, keeping others’ records', async () => {
      const { ports } = subject;
      const gone = await club.addMember({ name: 'Gone Person' });
      const stays = await club.addMember({ name: 'Stays Person' });
      await club.core.updateProfile({ actor: gone, communityId: club.communityId, patch: { company: 'Gone Co' } });
      await club.core.askQuestion({ actor: gone, body: 'A private question' });
      const collected = JSON.stringify(await ports.privacy.collectMemberData(club.communityId, gone.memberId));
      expect(collected).toContain('Gone Person');
      expect(collected).toContain('Gone Co');
      expect(collected).toContain('A private question');
      expect(collected).not.toContain('Stays Person');

      await ports.privacy.eraseMember({
        communityId: club.communityId,
        memberId: gone.memberId,
        placeholderHandle: 'former-contract',
        at: ports.clock.now(),
      });
      const member = await ports.members.get(club.communityId, gone.memberId);
      expect(member).toMatchObject({ displayName: FORMER_MEMBER_NAME, handle: 'former-contract', email: null });
      expect(member?.deletedAt).not.toBeNull();
      expect(await ports.accounts.listForMember(club.communityId, gone.memberId)).toEqual([]);
      expect(await ports.profiles.get(club.communityId, gone.memberId)).toBeNull();
      expect(await ports.questions.listForMember(club.communityId, gone.memberId)).toEqual([]);
      const after = JSON.stringify(await ports.privacy.collectMemberData(club.communityId, gone.memberId));
      expect(after).not.toContain('Gone Person');
      expect(after).not.toContain('Gone Co');
      expect((await ports.members.get(club.communityId, stays.memberId))?.displayName).toBe('Stays Person');
    });
  });
}
