import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../create-core.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Member } from '../../domain/member.js';
import { emptyProfile } from '../../domain/profile.js';
import { randomIds } from '../../ports/ids.js';
import type { Repositories } from '../../ports/ports.js';
import type { Actor } from '../../rules/actor.js';
import { createTestPorts } from '../create-test-ports.js';
import type { ContractSubject } from './repositories.contract.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The bulk reads and writes of the worker's jobs (matching rounds, reminder scheduling, reconcile), on every
 * implementation of the repositories: each answers in one query (or one per chunk), and the in-memory twin
 * must give the same answers as Postgres and PGlite.
 */
export function describeWorkerQueriesContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`worker queries contract: ${name}`, () => {
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
      const core = createCore(ports);
      const slug = `club-${randomIds.code().toLowerCase()}`;
      const { community, ownerId } = await core.createCommunity({ slug, name: 'Club', owner: { displayName: 'O' } });
      const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
      const repos: Repositories = subject.repos;
      const now = ports.clock.now();
      const member = async (name: string, extra: Partial<Member> = {}): Promise<Member> => {
        const m: Member = {
          id: randomIds.id(),
          communityId: community.id,
          handle: `${name.toLowerCase()}-${randomIds.code().toLowerCase()}`,
          displayName: name,
          email: null,
          locale: 'en',
          timezone: null,
          reminderLeadMinutes: null,
          remindersMuted: false,
          matchingExcluded: false,
          notes: '',
          createdAt: now,
          deletedAt: null,
          ...extra,
        };
        await repos.members.create(m);
        return m;
      };
      const intro = (a: string, b: string, extra: Partial<Introduction> = {}): Introduction => ({
        id: randomIds.id(),
        communityId: community.id,
        memberA: a,
        memberB: b,
        answerA: 'pending',
        answerB: 'pending',
        status: 'proposed',
        score: 0.5,
        reason: '',
        roundId: null,
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt: now,
        ...extra,
      });
      return { ports, core, community, owner, repos, now, member, intro };
    }

    it('creates introductions in bulk, skipping pairs that exist in either order, and lists every pair', async () => {
      const { community, repos, member, intro, now } = await club();
      const [a, b, c, d] = await Promise.all(['Ann', 'Bo', 'Cy', 'Di'].map((n) => member(n)));
      if (!a || !b || !c || !d) throw new Error('members');
      const existing = intro(a.id, b.id);
      await repos.introductions.create(existing);
      expect(await repos.introductions.lastRoundAt(community.id)).toBeNull();

      const round = 'round-1';
      const bc = intro(b.id, c.id, { roundId: round });
      const cd = intro(d.id, c.id, { roundId: round, createdAt: new Date(now.getTime() + 1_000) });
      const again = intro(b.id, a.id, { roundId: round });
      const created = await repos.introductions.createMany([bc, again, cd]);
      expect(created.sort()).toEqual([bc.id, cd.id].sort());
      expect(await repos.introductions.get(community.id, again.id)).toBeNull();
      expect(await repos.introductions.get(community.id, cd.id)).toMatchObject({ memberA: d.id, memberB: c.id });
      expect(await repos.introductions.createMany([])).toEqual([]);

      const pairs = (await repos.introductions.listPairs(community.id)).map(([x, y]) => [x, y].sort().join('+'));
      expect(pairs.sort()).toEqual(
        [
          [a.id, b.id],
          [b.id, c.id],
          [c.id, d.id],
        ]
          .map((p) => p.sort().join('+'))
          .sort(),
      );
      expect(await repos.introductions.lastRoundAt(community.id)).toEqual(new Date(now.getTime() + 1_000));
      expect(await repos.introductions.listPairs('not-a-uuid')).toEqual([]);
    });

    it('lists the introductions still open to announcing', async () => {
      const { community, repos, member, intro, now } = await club();
      const [a, b, c, d, e] = await Promise.all(['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map((n) => member(n)));
      if (!a || !b || !c || !d || !e) throw new Error('members');
      const at = (ms: number) => new Date(now.getTime() + ms);
      const fresh = intro(a.id, b.id, { createdAt: at(-DAY) });
      const old = intro(a.id, c.id, { createdAt: at(-20 * DAY) });
      const connected = intro(a.id, d.id, { status: 'introduced', createdAt: at(-5 * DAY), introducedAt: at(-HOUR) });
      const connectedLong = intro(b.id, c.id, {
        status: 'introduced',
        createdAt: at(-9 * DAY),
        introducedAt: at(-3 * DAY),
      });
      const declined = intro(b.id, d.id, { status: 'declined', createdAt: at(-HOUR) });
      // Created at the same instant as `fresh`: the id orders them.
      const twin = intro(c.id, e.id, { createdAt: at(-DAY) });
      await repos.introductions.createMany([fresh, old, connected, connectedLong, declined, twin]);
      const since = { proposedSince: at(-14 * DAY), introducedSince: at(-2 * DAY) };
      const open = await repos.introductions.listOpenSince(community.id, since);
      const sameInstant = [fresh, twin].sort((x, y) => (x.id < y.id ? -1 : 1)).map((i) => i.id);
      expect(open.map((i) => i.id)).toEqual([connected.id, ...sameInstant]);
      expect(open.find((i) => i.id === fresh.id)).toEqual(fresh);

      // A page at a time (keyset on creation time and id): the same list, nothing twice, nothing missed.
      const first = await repos.introductions.listOpenSince(community.id, since, { after: null, limit: 2 });
      expect(first.map((i) => i.id)).toEqual(open.slice(0, 2).map((i) => i.id));
      const last = first[1];
      if (!last) throw new Error('a full first page');
      const second = await repos.introductions.listOpenSince(community.id, since, { after: last, limit: 2 });
      expect(second.map((i) => i.id)).toEqual(open.slice(2).map((i) => i.id));
      const end = second[0];
      if (!end) throw new Error('a second page');
      expect(await repos.introductions.listOpenSince(community.id, since, { after: end, limit: 2 })).toEqual([]);
      expect(await repos.introductions.listOpenSince('not-a-uuid', since, { after: null, limit: 2 })).toEqual([]);
    });

    it('lists follow-ups due and expires old proposals in one statement each', async () => {
      const { community, repos, member, intro, now } = await club();
      const [a, b, c, d, e] = await Promise.all(['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map((n) => member(n)));
      if (!a || !b || !c || !d || !e) throw new Error('members');
      const at = (ms: number) => new Date(now.getTime() + ms);
      const introduced = { status: 'introduced' as const, introducedAt: at(-DAY) };
      const due = intro(a.id, b.id, { ...introduced, followUpAt: at(HOUR) });
      const notYet = intro(a.id, c.id, { ...introduced, followUpAt: at(3 * DAY) });
      const answered = intro(a.id, d.id, { ...introduced, followUpAt: at(-HOUR), followUpOutcome: 'deal' });
      const later = intro(a.id, e.id, { ...introduced, followUpAt: at(-2 * HOUR), followUpOutcome: 'not_yet' });
      const old = intro(b.id, c.id, { createdAt: at(-15 * DAY) });
      const edge = intro(b.id, d.id, { createdAt: at(-14 * DAY) });
      const fresh = intro(b.id, e.id, { createdAt: at(-13 * DAY) });
      await repos.introductions.createMany([due, notYet, answered, later, old, edge, fresh]);

      const followUps = await repos.introductions.listFollowUpsDue(community.id, at(2 * HOUR));
      expect(followUps.map((i) => i.id).sort()).toEqual([due.id, later.id].sort());

      const expired = await repos.introductions.expireProposed(community.id, at(-14 * DAY));
      expect(expired.map((i) => i.id)).toEqual([old.id, edge.id]);
      expect(expired[0]).toEqual({ ...old, status: 'expired' });
      expect((await repos.introductions.get(community.id, fresh.id))?.status).toBe('proposed');
      expect((await repos.introductions.get(community.id, edge.id))?.status).toBe('expired');
      expect(await repos.introductions.expireProposed(community.id, at(-14 * DAY))).toEqual([]);
    });

    it('reads many deliveries by key in one query, whatever the characters in the keys', async () => {
      const { community, repos, member, now } = await club();
      const m = await member('Ann');
      const keys = [`intro:${randomIds.id()}:${m.id}`, 'odd "quoted", {braced} \\ key', 'plain'];
      for (const key of keys.slice(0, 2)) {
        await repos.deliveries.claim({
          key,
          communityId: community.id,
          memberId: m.id,
          kind: 'intro.proposed',
          status: 'pending',
          attempts: 0,
          error: null,
          createdAt: now,
          sentAt: null,
        });
      }
      const found = await repos.deliveries.getMany([...keys, keys[0] as string]);
      expect(found.map((d) => d.key).sort()).toEqual(keys.slice(0, 2).sort());
      expect(found.find((d) => d.key === keys[0])).toMatchObject({ status: 'pending', memberId: m.id });
      expect(await repos.deliveries.getMany([])).toEqual([]);
    });

    it('lists reminder recipients of scheduled lessons in one query: going, not muted, not deleted', async () => {
      const { core, community, owner, repos, member, now } = await club();
      const at = (ms: number) => new Date(now.getTime() + ms);
      const lesson = (title: string, startsAt: Date) =>
        core.scheduleLesson({ actor: owner, communityId: community.id, title, startsAt, durationMinutes: 60 });
      const soon = await lesson('Soon', at(5 * HOUR));
      const later = await lesson('Later', at(30 * HOUR));
      const far = await lesson('Far', at(40 * DAY));
      const cancelled = await lesson('Cancelled', at(6 * HOUR));
      await repos.lessons.update({ ...cancelled, status: 'cancelled' });
      const ann = await member('Ann', { reminderLeadMinutes: 30 });
      const bo = await member('Bo');
      const muted = await member('Muted', { remindersMuted: true });
      const gone = await member('Gone', { deletedAt: now });
      const rsvp = async (lessonId: string, memberId: string, status: 'going' | 'cancelled' = 'going') =>
        repos.lessons.upsertRsvp({
          communityId: community.id,
          lessonId,
          memberId,
          status,
          attended: null,
          createdAt: now,
        });
      for (const l of [soon, later, far, cancelled]) for (const m of [ann, muted, gone]) await rsvp(l.id, m.id);
      await rsvp(soon.id, bo.id, 'cancelled');
      await rsvp(later.id, bo.id);

      const range = { from: now, to: at(7 * DAY) };
      const all = await repos.lessons.listReminderRecipients(community.id, range);
      expect(
        all.map((r) => `${r.lesson.id === soon.id ? 'soon' : 'later'}:${r.member.id === ann.id ? 'ann' : 'bo'}`),
        // Same RSVP time: then by member id.
      ).toEqual(['soon:ann', ...(ann.id < bo.id ? ['later:ann', 'later:bo'] : ['later:bo', 'later:ann'])]);
      expect(all[0]).toEqual({
        lesson: { id: soon.id, communityId: community.id, status: 'scheduled', startsAt: soon.startsAt },
        rsvp: { memberId: ann.id, status: 'going', createdAt: now },
        member: { id: ann.id, reminderLeadMinutes: 30, remindersMuted: false, deletedAt: null },
      });
      const one = await repos.lessons.listReminderRecipients(community.id, {
        ...range,
        lessonId: later.id,
        memberId: bo.id,
      });
      expect(one.map((r) => [r.lesson.id, r.member.id])).toEqual([[later.id, bo.id]]);
    });

    it('reads matching candidates a chunk at a time, by member id, without deleted members', async () => {
      const { community, repos, member, now } = await club();
      const people = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => member(n)));
      const gone = await member('Gone', { deletedAt: now });
      for (const m of [...people, gone]) {
        await repos.profiles.upsert({ ...emptyProfile(community.id, m.id, now), offers: `offers of ${m.displayName}` });
      }
      await repos.profiles.upsert({ ...emptyProfile(community.id, people[0]?.id ?? '', now), matchingOptIn: false });
      const ids = people.map((p) => p.id).sort();
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const chunk = await repos.profiles.listMatchCandidates(community.id, after, 2);
        seen.push(...chunk.map((c) => c.memberId));
        if (chunk.length < 2) break;
        after = chunk.at(-1)?.memberId ?? null;
      }
      expect(seen).toEqual(ids);
      const optedOut = (await repos.profiles.listMatchCandidates(community.id, null, 10)).find(
        (c) => c.memberId === people[0]?.id,
      );
      expect(optedOut).toMatchObject({
        locale: 'en',
        matchingExcluded: false,
        profile: { matchingOptIn: false, offers: '' },
      });
    });
  });
}
