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
    it('takes the member’s words out of every case’s context, a report they made included', async () => {
      const { ports } = subject;
      const gone = await club.addMember({ name: 'Context Reporter' });
      const author = await club.addMember({ name: 'Context Author' });
      const [account] = await ports.accounts.listForMember(club.communityId, gone.memberId);
      const goneId = account?.platformUserId ?? '';
      const now = ports.clock.now();
      const words = (messageId: string, authorId: string) => ({
        messageId,
        authorId,
        text: `said ${messageId}`,
        at: now,
      });
      const base = {
        communityId: club.communityId,
        memberId: author.memberId,
        status: 'open' as const,
        platform: 'discord' as const,
        workspaceId: 'guild-1',
        authorId: 'someone',
        excerpt: 'the reported words',
        reason: '',
        decidedBy: null,
        decidedAt: null,
        appeal: null,
        createdAt: now,
      };
      const report = {
        ...base,
        id: ports.ids.id(),
        reporterId: gone.memberId,
        kind: 'report' as const,
        channelId: 'chan-ctx',
        messageId: 'm-3',
        context: [words('m-1', goneId), words('m-2', 'u-else')],
      };
      const automatic = {
        ...base,
        id: ports.ids.id(),
        reporterId: null,
        kind: 'advertising' as const,
        channelId: 'chan-ctx',
        messageId: 'm-5',
        context: [words('m-4', goneId)],
      };
      await ports.moderation.create(report);
      await ports.moderation.create(automatic);
      await ports.privacy.eraseMember({
        communityId: club.communityId,
        memberId: gone.memberId,
        placeholderHandle: 'former-context',
        at: now,
      });
      const reportAfter = await ports.moderation.get(club.communityId, report.id);
      expect(reportAfter?.context).toEqual([words('m-2', 'u-else')]);
      expect(reportAfter?.reporterId ?? null).toBeNull();
      expect(reportAfter?.excerpt).toBe('the reported words');
      expect((await ports.moderation.get(club.communityId, automatic.id))?.context ?? null).toBeNull();
    });
    it('deletes the member’s library messages, unlinks FAQ entries from their questions, keeps the rest', async () => {
      const { ports } = subject;
      const gone = await club.addMember({ name: 'Library Author' });
      const coach = await club.addMember({ name: 'Library Coach' });
      const now = ports.clock.now();
      const asked = await club.core.askQuestion({ actor: gone, body: 'How do I ship batteries?' });
      const faq = (id: string, questionId: string | null, answeredBy: string | null) => ({
        id,
        communityId: club.communityId,
        questionId,
        question: `Question ${id}`,
        answer: 'Use a certified forwarder',
        answeredBy,
        publishedBy: answeredBy,
        publishedAt: now,
        updatedAt: now,
      });
      const theirs = faq(ports.ids.id(), asked.id, coach.memberId);
      const answeredByThem = faq(ports.ids.id(), null, gone.memberId);
      await ports.faq.create(theirs);
      await ports.faq.create(answeredByThem);
      const entry = (authorId: string, authorName: string, messageId: string) => ({
        id: ports.ids.id(),
        communityId: club.communityId,
        platform: 'discord' as const,
        workspaceId: 'guild-privacy',
        channelId: 'channel-privacy',
        messageId,
        url: null,
        authorId,
        authorName,
        body: `Words of ${authorName}`,
        title: 'Saved message',
        tags: [],
        status: 'approved' as const,
        savedBy: gone.memberId,
        savedAt: now,
        reviewedBy: gone.memberId,
        reviewedAt: now,
        opens: 0,
      });
      const written = entry(gone.memberId, 'Library Author', 'm-gone');
      const kept = entry(coach.memberId, 'Library Coach', 'm-kept');
      await ports.library.create(written);
      await ports.library.create(kept);
      const collected = JSON.stringify(await ports.privacy.collectMemberData(club.communityId, gone.memberId));
      expect(collected).toContain('Words of Library Author');
      expect(collected).toContain(answeredByThem.question);

      await ports.privacy.eraseMember({
        communityId: club.communityId,
        memberId: gone.memberId,
        placeholderHandle: 'former-library',
        at: now,
      });
      expect(await ports.library.get(club.communityId, written.id)).toBeNull();
      // Saved and reviewed by the erased member: the entry stays for its author, without naming who curated it.
      expect(await ports.library.get(club.communityId, kept.id)).toMatchObject({
        authorId: coach.memberId,
        savedBy: null,
        reviewedBy: null,
      });
      // Published with the asker's consent as anonymous Q&A: it stays, no longer linked to the erased question.
      expect(await ports.faq.get(club.communityId, theirs.id)).toMatchObject({
        questionId: null,
        answeredBy: coach.memberId,
        answer: theirs.answer,
      });
      expect(await ports.faq.get(club.communityId, answeredByThem.id)).toMatchObject({
        answeredBy: null,
        publishedBy: null,
      });
      const after = JSON.stringify(await ports.privacy.collectMemberData(club.communityId, gone.memberId));
      expect(after).not.toContain('Library Author');
    });
  });
}
