import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../create-core.js';
import type { Lesson, LessonSeries } from '../../domain/lesson.js';
import { randomIds } from '../../ports/ids.js';
import { createTestPorts } from '../create-test-ports.js';
import type { ContractSubject } from './repositories.contract.js';

/**
 * What the lesson, calendar-token and delivery repositories must do for lessons, reminders and the ICS feed,
 * on every implementation (in-memory and drizzle). Each test makes its own club, so runs may share a database.
 */
export function describeLessonRepositoryContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`lesson and calendar repository contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function club() {
      const ports = { ...createTestPorts(subject.repos), ids: randomIds };
      ports.clock.set('2026-03-01T04:00:00Z');
      const slug = `club-${randomIds.code().toLowerCase()}`;
      const { community, ownerId } = await createCore(ports).createCommunity({
        slug,
        name: 'Lesson club',
        owner: { displayName: 'Owner', email: `${slug}@example.com` },
      });
      return { ports, communityId: community.id, ownerId };
    }

    function lesson(communityId: string, over: Partial<Lesson> = {}): Lesson {
      return {
        id: randomIds.id(),
        communityId,
        seriesId: null,
        kind: 'lesson',
        title: '私域流量',
        description: '',
        speakerName: null,
        speakerBio: null,
        startsAt: new Date('2026-03-12T12:00:00Z'),
        durationMinutes: 90,
        capacity: null,
        location: '',
        status: 'scheduled',
        materialsUrl: null,
        replayUrl: null,
        hostMemberId: null,
        occurrenceStartsAt: null,
        version: 1,
        createdAt: new Date('2026-03-01T04:00:00Z'),
        updatedAt: new Date('2026-03-01T04:00:00Z'),
        ...over,
      };
    }

    it('stores series and lessons with every field, lists them in order, and keeps clubs apart', async () => {
      const { communityId, ownerId } = await club();
      const other = await club();
      const series: LessonSeries = {
        id: randomIds.id(),
        communityId,
        title: 'Founders lesson',
        rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
        timezone: 'Asia/Shanghai',
        durationMinutes: 90,
        startsOn: new Date('2026-02-28T16:00:00Z'),
        until: null,
        description: 'Members only',
        location: 'Zoom',
        capacity: 40,
        hostMemberId: ownerId,
        createdAt: new Date('2026-03-01T04:00:00Z'),
      };
      await subject.repos.lessons.createSeries(series);
      expect(await subject.repos.lessons.getSeries(communityId, series.id)).toEqual(series);
      expect(await subject.repos.lessons.getSeries(other.communityId, series.id)).toBeNull();
      expect(await subject.repos.lessons.listSeries(communityId)).toEqual([series]);
      expect(await subject.repos.lessons.listSeries(other.communityId)).toEqual([]);

      const second = lesson(communityId, {
        seriesId: series.id,
        startsAt: new Date('2026-03-26T12:00:00Z'),
        occurrenceStartsAt: new Date('2026-03-26T12:00:00Z'),
        hostMemberId: ownerId,
        capacity: 40,
        version: 3,
        updatedAt: new Date('2026-03-02T00:00:00Z'),
      });
      const first = lesson(communityId, { kind: 'guest_talk', speakerName: 'Farid', speakerBio: 'GCC' });
      await subject.repos.lessons.create(second);
      await subject.repos.lessons.create(first);
      expect(await subject.repos.lessons.get(communityId, second.id)).toEqual(second);
      expect(await subject.repos.lessons.get(other.communityId, second.id)).toBeNull();
      const listed = await subject.repos.lessons.listBetween(
        communityId,
        new Date('2026-03-12T12:00:00Z'),
        new Date('2026-03-26T12:00:00Z'),
      );
      // `from` inclusive, `to` exclusive.
      expect(listed.map((l) => l.id)).toEqual([first.id]);
      const moved = { ...second, startsAt: new Date('2026-03-27T12:00:00Z'), status: 'cancelled' as const, version: 4 };
      await subject.repos.lessons.update(moved);
      expect(await subject.repos.lessons.get(communityId, second.id)).toEqual(moved);
    });

    it('upserts RSVPs per lesson and member, oldest first', async () => {
      const { ports, communityId, ownerId } = await club();
      const core = createCore(ports);
      const { memberId } = await core.approveApplication({
        actor: { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] },
        communityId,
        applicationId: (
          await core.submitApplication({
            communityId,
            name: 'Ann',
            email: `ann-${communityId}@example.com`,
            answers: [],
            valuesPledge: true,
            locale: 'en',
          })
        ).id,
      });
      const l = lesson(communityId);
      await subject.repos.lessons.create(l);
      const rsvp = (member: string, at: string, status: 'going' | 'waitlist' | 'cancelled') => ({
        communityId,
        lessonId: l.id,
        memberId: member,
        status,
        attended: null,
        createdAt: new Date(at),
      });
      await subject.repos.lessons.upsertRsvp(rsvp(memberId as string, '2026-03-01T10:00:00Z', 'waitlist'));
      await subject.repos.lessons.upsertRsvp(rsvp(ownerId, '2026-03-01T09:00:00Z', 'going'));
      await subject.repos.lessons.upsertRsvp({ ...rsvp(ownerId, '2026-03-01T09:00:00Z', 'going'), attended: true });
      const list = await subject.repos.lessons.listRsvps(communityId, l.id);
      expect(list.map((r) => [r.memberId, r.status, r.attended])).toEqual([
        [ownerId, 'going', true],
        [memberId, 'waitlist', null],
      ]);
      expect(await subject.repos.lessons.getRsvp(communityId, l.id, memberId as string)).toMatchObject({
        status: 'waitlist',
      });
    });

    it('keeps one calendar token per member: setting replaces, find by hash, delete revokes', async () => {
      const { communityId, ownerId } = await club();
      const token = (hash: string) => ({
        tokenHash: hash,
        communityId,
        memberId: ownerId,
        createdAt: new Date('2026-03-01T04:00:00Z'),
      });
      const a = `a-${randomIds.token()}`;
      const b = `b-${randomIds.token()}`;
      await subject.repos.auth.setCalendarToken(token(a));
      expect(await subject.repos.auth.findCalendarToken(a)).toEqual(token(a));
      await subject.repos.auth.setCalendarToken(token(b));
      expect(await subject.repos.auth.findCalendarToken(a)).toBeNull();
      expect(await subject.repos.auth.findCalendarToken(b)).toEqual(token(b));
      await subject.repos.auth.deleteCalendarToken(communityId, ownerId);
      expect(await subject.repos.auth.findCalendarToken(b)).toBeNull();
    });

    it('keeps a temporarily failed delivery pending and a permanently failed one failed', async () => {
      const { communityId, ownerId } = await club();
      const delivery = (key: string) => ({
        key,
        communityId,
        memberId: ownerId,
        kind: 'lesson.reminder',
        status: 'pending' as const,
        attempts: 0,
        error: null,
        createdAt: new Date('2026-03-01T04:00:00Z'),
        sentAt: null,
      });
      const temporary = `lesson-reminder:${communityId}:t`;
      const permanent = `lesson-reminder:${communityId}:p`;
      await subject.repos.deliveries.claim(delivery(temporary));
      await subject.repos.deliveries.claim(delivery(permanent));
      await subject.repos.deliveries.markFailed(temporary, '503', false);
      await subject.repos.deliveries.markFailed(permanent, 'DMs closed', true);
      expect(await subject.repos.deliveries.get(temporary)).toMatchObject({
        status: 'pending',
        attempts: 1,
        error: '503',
      });
      const again = await subject.repos.deliveries.claim(delivery(temporary));
      expect(again).toMatchObject({ created: false, delivery: { status: 'pending', attempts: 1 } });
      await subject.repos.deliveries.markSent(temporary, new Date('2026-03-01T05:00:00Z'));
      expect(await subject.repos.deliveries.get(temporary)).toMatchObject({ status: 'sent', attempts: 2, error: null });
      expect((await subject.repos.deliveries.listFailed(communityId)).map((d) => [d.key, d.error])).toEqual([
        [permanent, 'DMs closed'],
      ]);
    });
  });
}
