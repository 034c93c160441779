import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../domain/application.js';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Delivery } from '../../domain/delivery.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Lesson } from '../../domain/lesson.js';
import type { Member } from '../../domain/member.js';
import type { ModerationCase } from '../../domain/moderation.js';
import type { Question } from '../../domain/question.js';
import type { Supplier } from '../../domain/supplier.js';
import { randomIds } from '../../ports/ids.js';
import { pageRequest } from '../../ports/page.js';
import type { Repositories } from '../../ports/ports.js';
import type { ContractSubject } from './repositories.contract.js';

const T0 = Date.parse('2026-05-01T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The fine print every repository implementation must share, method by method: orderings (including ties),
 * filters, refused duplicates, updates of missing rows, unknown or malformed ids, jsonb round trips, and
 * how a unit of work nests. Run it next to `describeRepositoryContract`; each test makes its own club.
 */
export function describeRepositorySemantics(name: string, open: () => Promise<ContractSubject>): void {
  describe(`repository semantics: ${name}`, () => {
    let subject: ContractSubject;
    let repos: ContractSubject['repos'];
    beforeAll(async () => {
      subject = await open();
      repos = subject.repos;
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function club(r: Pick<Repositories, 'communities'> = repos): Promise<string> {
      const id = randomIds.id();
      await r.communities.create({
        id,
        slug: `sem-${randomIds.code().toLowerCase()}`,
        name: '语义 Club',
        settings: DEFAULT_SETTINGS,
        createdAt: at(0),
      });
      return id;
    }

    async function member(
      communityId: string,
      over: Partial<Member> = {},
      r: Pick<Repositories, 'members'> = repos,
    ): Promise<Member> {
      const m: Member = {
        id: randomIds.id(),
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: 'Member',
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: at(0),
        deletedAt: null,
        ...over,
      };
      await r.members.create(m);
      return m;
    }

    it('communities: unique slug and id, workspaces, settings, lookups by malformed ids', async () => {
      const id = await club();
      const community = await repos.communities.get(id);
      expect(community).toMatchObject({ id, name: '语义 Club', settings: DEFAULT_SETTINGS });
      expect(community?.createdAt).toEqual(at(0));
      await expect(
        repos.communities.create({ ...(community as NonNullable<typeof community>), id: randomIds.id() }),
      ).rejects.toThrow('unique violation: slug');
      await expect(
        repos.communities.create({ ...(community as NonNullable<typeof community>), slug: `sem-${randomIds.code()}` }),
      ).rejects.toThrow('unique violation: id');
      expect(await repos.communities.get('not-a-uuid')).toBeNull();
      expect(await repos.communities.get(randomIds.id())).toBeNull();
      expect(await repos.communities.getBySlug(community?.slug ?? '')).toMatchObject({ id });

      const twins = [await club(), await club()];
      const listed = (await repos.communities.list()).map((c) => c.id).filter((c) => twins.includes(c) || c === id);
      expect(listed).toEqual([id, ...twins].sort(byId));

      const settings = { ...DEFAULT_SETTINGS, graceDays: 3, excludedKeywords: ['资金盘'] };
      await repos.communities.updateSettings(id, settings);
      await repos.communities.updateSettings(randomIds.id(), settings);
      expect((await repos.communities.get(id))?.settings).toEqual(settings);

      const workspace = `ws-${randomIds.code()}`;
      await repos.communities.attachWorkspace(id, 'slack', workspace);
      expect(await repos.communities.findByWorkspace('slack', workspace)).toMatchObject({ id, settings });
      expect(await repos.communities.findByWorkspace('discord', workspace)).toBeNull();
      await repos.communities.attachWorkspace(twins[0] as string, 'slack', workspace);
      expect((await repos.communities.findByWorkspace('slack', workspace))?.id).toBe(twins[0]);
    });

    it("communities: listWorkspaces by platform then id in code-point order, only the club's own", async () => {
      const c = await club();
      const other = await club();
      const tag = randomIds.code();
      for (const [platform, workspaceId] of [
        ['slack', `T-${tag}-b`],
        ['discord', `${tag}-Z`],
        ['slack', `T-${tag}-B`],
        ['discord', `${tag}-a`],
        ['simulator', `sim-${tag}`],
      ] as const) {
        await repos.communities.attachWorkspace(c, platform, workspaceId);
      }
      await repos.communities.attachWorkspace(other, 'discord', `${tag}-other`);
      expect(await repos.communities.listWorkspaces(c)).toEqual([
        { platform: 'discord', workspaceId: `${tag}-Z` },
        { platform: 'discord', workspaceId: `${tag}-a` },
        { platform: 'simulator', workspaceId: `sim-${tag}` },
        { platform: 'slack', workspaceId: `T-${tag}-B` },
        { platform: 'slack', workspaceId: `T-${tag}-b` },
      ]);
      await repos.communities.attachWorkspace(other, 'slack', `T-${tag}-b`);
      expect((await repos.communities.listWorkspaces(c)).map((w) => w.workspaceId)).not.toContain(`T-${tag}-b`);
      expect(await repos.communities.listWorkspaces(randomIds.id())).toEqual([]);
      expect(await repos.communities.listWorkspaces('not-a-uuid')).toEqual([]);
    });

    it('members: unique handles, updates, email lookups, search and locale-free ordering', async () => {
      const c = await club();
      const other = await club();
      const names = ['bob', 'Alice', 'Émile', 'Zoe', '张三', 'alice', '100% Sure'];
      const made: Member[] = [];
      for (const [i, displayName] of names.entries()) {
        made.push(
          await member(c, {
            displayName,
            handle: `m${i}`,
            email: i === 1 ? 'alice@example.com' : null,
            createdAt: at(i),
          }),
        );
      }
      const [bob, alice, emile, zoe, zhang, alice2, sure] = made as [
        Member,
        Member,
        Member,
        Member,
        Member,
        Member,
        Member,
      ];
      await expect(member(c, { handle: 'm0' })).rejects.toThrow('unique violation: handle');
      await expect(member(c, { id: bob.id, handle: 'fresh' })).rejects.toThrow('unique violation: id');
      expect((await member(other, { handle: 'm0' })).handle).toBe('m0');

      const page = await repos.members.list(c, {}, pageRequest(50));
      const aliceOrder = [alice, alice2].sort((a, b) => byId(a.id, b.id)).map((m) => m.displayName);
      expect(page.items.map((m) => m.displayName)).toEqual(['100% Sure', ...aliceOrder, 'bob', 'Zoe', 'Émile', '张三']);
      expect(page.total).toBe(7);
      const search = async (text: string) =>
        (await repos.members.list(c, { search: text }, pageRequest(50))).items.map((m) => m.id);
      expect(await search('ALICE')).toEqual([alice, alice2].sort((a, b) => byId(a.id, b.id)).map((m) => m.id));
      expect(await search('ÉMI')).toEqual([emile.id]);
      expect(await search('张')).toEqual([zhang.id]);
      expect(await search('M4')).toEqual([zhang.id]);
      expect(await search('alice@example')).toEqual([alice.id]);
      expect(await search('0%')).toEqual([sure.id]);
      expect(await search('b_b')).toEqual([]);
      expect((await repos.members.list(c, {}, pageRequest(2, 1))).items.map((m) => m.id)).toEqual(
        page.items.slice(1, 3).map((m) => m.id),
      );

      await repos.members.update({ ...zoe, notes: 'VIP', deletedAt: at(99) });
      expect((await repos.members.get(c, zoe.id))?.notes).toBe('VIP');
      expect((await repos.members.list(c, {}, pageRequest(50))).total).toBe(6);
      expect(await repos.members.listIds(c)).toEqual(
        made
          .filter((m) => m !== zoe)
          .map((m) => m.id)
          .sort(byId),
      );
      await expect(repos.members.update({ ...bob, handle: 'm1' })).rejects.toThrow('unique violation: handle');
      expect((await repos.members.get(c, bob.id))?.handle).toBe('m0');
      await repos.members.update({ ...bob, id: randomIds.id(), handle: 'ghost' });
      await repos.members.update({ ...bob, communityId: other, notes: 'moved?' });
      expect(await repos.members.getByHandle(c, 'ghost')).toBeNull();
      expect((await repos.members.get(c, bob.id))?.notes).toBe('');
      expect(await repos.members.get(other, bob.id)).toBeNull();
      expect(await repos.members.get(c, 'nope')).toBeNull();

      const older = await member(c, { email: 'same@example.com', createdAt: at(-5) });
      await member(c, { email: 'same@example.com', createdAt: at(5) });
      expect((await repos.members.getByEmail(c, 'SAME@example.com'))?.id).toBe(older.id);
      expect(await repos.members.getByEmail(other, 'same@example.com')).toBeNull();
      expect((await repos.members.getMany(c, [zoe.id, bob.id, 'bad', randomIds.id()])).map((m) => m.id)).toEqual(
        [zoe.id, bob.id].sort(byId),
      );
    });

    it('platform accounts and staff roles', async () => {
      const c = await club();
      const m = await member(c);
      const n = await member(c);
      const link = (platform: 'discord' | 'slack', workspaceId: string, platformUserId: string, memberId = m.id) =>
        repos.accounts.link({ communityId: c, platform, workspaceId, platformUserId, memberId, linkedAt: at(1) });
      const ws = `w-${randomIds.code()}`;
      await link('slack', `${ws}-1`, 'u');
      await link('discord', `${ws}-2`, 'u');
      await link('discord', `${ws}-1`, 'u');
      await link('discord', `${ws}-1`, 'v', n.id);
      await expect(link('discord', `${ws}-1`, 'u', n.id)).rejects.toThrow('unique violation: account');
      expect((await repos.accounts.listForMember(c, m.id)).map((a) => `${a.platform}/${a.workspaceId}`)).toEqual([
        `discord/${ws}-1`,
        `discord/${ws}-2`,
        `slack/${ws}-1`,
      ]);
      expect(await repos.accounts.find('discord', `${ws}-1`, 'v')).toEqual({
        communityId: c,
        platform: 'discord',
        workspaceId: `${ws}-1`,
        platformUserId: 'v',
        memberId: n.id,
        linkedAt: at(1),
      });
      await repos.accounts.unlinkAll(c, m.id);
      expect(await repos.accounts.listForMember(c, m.id)).toEqual([]);
      expect(await repos.accounts.listForMember(c, n.id)).toHaveLength(1);
      expect(await repos.accounts.listForMember(c, 'x')).toEqual([]);

      await repos.staff.grant({ communityId: c, memberId: m.id, role: 'owner', grantedAt: at(5) });
      await repos.staff.grant({ communityId: c, memberId: m.id, role: 'owner', grantedAt: at(9) });
      await repos.staff.grant({ communityId: c, memberId: m.id, role: 'coach', grantedAt: at(5) });
      await repos.staff.grant({ communityId: c, memberId: m.id, role: 'moderator', grantedAt: at(5) });
      await repos.staff.grant({ communityId: c, memberId: n.id, role: 'coach', grantedAt: at(1) });
      expect(await repos.staff.rolesOf(c, m.id)).toEqual(['coach', 'moderator', 'owner']);
      await repos.staff.revoke(c, m.id, 'moderator');
      const staff = await repos.staff.list(c);
      expect(staff.map((s) => [s.memberId, s.role])).toEqual([
        [n.id, 'coach'],
        [m.id, 'coach'],
        [m.id, 'owner'],
      ]);
      expect(staff.find((s) => s.role === 'owner')?.grantedAt).toEqual(at(5));
      expect(await repos.staff.rolesOf(c, 'x')).toEqual([]);
    });

    it('applications: open ones by email or account, oldest first, updates only existing rows', async () => {
      const c = await club();
      const base: Application = {
        id: '',
        communityId: c,
        name: '王五',
        email: 'wang@example.com',
        company: '',
        industry: '',
        locale: 'zh-CN',
        platform: null,
        workspaceId: null,
        platformUserId: null,
        answers: [{ question: 'Why?', answer: '因为' }],
        valuesPledge: true,
        referrerMemberId: null,
        flags: [{ keyword: 'MLM', field: 'company' }],
        status: 'pending',
        decisionReason: null,
        decidedBy: null,
        decidedAt: null,
        memberId: null,
        submittedAt: at(10),
      };
      const newer = { ...base, id: randomIds.id(), submittedAt: at(20) };
      const older = { ...base, id: randomIds.id(), status: 'info_requested' as const };
      const decided = { ...base, id: randomIds.id(), status: 'rejected' as const, submittedAt: at(0) };
      const viaSlack = {
        ...base,
        id: randomIds.id(),
        email: null,
        platform: 'slack' as const,
        workspaceId: 'T1',
        platformUserId: 'U1',
        submittedAt: at(5),
      };
      const noPlatform = { ...viaSlack, id: randomIds.id(), platform: null, workspaceId: null, submittedAt: at(6) };
      for (const a of [newer, older, decided, viaSlack, noPlatform]) await repos.applications.create(a);
      await expect(repos.applications.create(newer)).rejects.toThrow('unique violation: id');
      expect(await repos.applications.get(c, older.id)).toEqual(older);

      expect((await repos.applications.findOpen(c, { email: 'wang@example.com' }))?.id).toBe(older.id);
      expect(await repos.applications.findOpen(c, { email: '' })).toBeNull();
      const account = { platform: 'slack' as const, workspaceId: 'T1', platformUserId: 'U1' };
      expect((await repos.applications.findOpen(c, account))?.id).toBe(viaSlack.id);
      expect(await repos.applications.findOpen(c, { ...account, workspaceId: 'T2' })).toBeNull();
      expect(await repos.applications.findOpen(c, { platformUserId: 'U1' })).toBeNull();
      expect(
        (await repos.applications.findOpen(c, { platformUserId: 'U1', platform: null, workspaceId: null }))?.id,
      ).toBe(noPlatform.id);
      expect(await repos.applications.findOpen(c, {})).toBeNull();
      expect(await repos.applications.findOpen(await club(), { email: 'wang@example.com' })).toBeNull();

      await repos.applications.update({ ...older, status: 'approved', decidedAt: at(30) });
      await repos.applications.update({ ...older, id: randomIds.id() });
      expect((await repos.applications.findOpen(c, { email: 'wang@example.com' }))?.id).toBe(newer.id);
      const all = await repos.applications.list(c, null, pageRequest(10));
      expect(all.items.map((a) => a.id)).toEqual([decided.id, viaSlack.id, noPlatform.id, ...[older.id, newer.id]]);
      expect(all.items[3]?.decidedAt).toEqual(at(30));
      const pending = await repos.applications.list(c, 'pending', pageRequest(1, 1));
      expect(pending.total).toBe(3);
      expect(pending.items.map((a) => a.id)).toEqual([noPlatform.id]);
      expect(await repos.applications.get(c, 'bad-id')).toBeNull();
    });

    it('memberships, payments and big amounts', async () => {
      const c = await club();
      const m = await member(c);
      const n = await member(c);
      const period = (memberId: string, startsAt: Date, endsAt: Date, id = randomIds.id()) => ({
        id,
        communityId: c,
        memberId,
        startsAt,
        endsAt,
        kind: 'initial' as const,
        paymentId: null,
        createdAt: at(0),
      });
      const [p1, p2] = [randomIds.id(), randomIds.id()].sort(byId);
      await repos.memberships.add(period(m.id, at(100), at(200), p2 as string));
      await repos.memberships.add(period(m.id, at(100), at(300), p1 as string));
      await repos.memberships.add(period(m.id, at(0), at(100)));
      await repos.memberships.add(period(n.id, at(0), at(50)));
      await expect(repos.memberships.add(period(n.id, at(0), at(50), p1 as string))).rejects.toThrow(
        'unique violation: id',
      );
      expect((await repos.memberships.listForMember(c, m.id)).map((p) => p.endsAt)).toEqual([
        at(100),
        at(300),
        at(200),
      ]);
      expect(await repos.memberships.latestEnds(c)).toEqual(
        [
          { memberId: m.id, endsAt: at(300) },
          { memberId: n.id, endsAt: at(50) },
        ].sort((a, b) => byId(a.memberId, b.memberId)),
      );

      // Ending early: a running period gets the new end, one not started yet becomes empty at that moment,
      // and another club's id or an unknown period changes nothing.
      await repos.memberships.endPeriod(c, p1 as string, at(150));
      await repos.memberships.endPeriod(c, p2 as string, at(80));
      await repos.memberships.endPeriod(await club(), randomIds.id(), at(1));
      await repos.memberships.endPeriod('not-a-uuid', p1 as string, at(1));
      const ended = await repos.memberships.listForMember(c, m.id);
      expect(ended.map((p) => [p.startsAt, p.endsAt])).toEqual([
        [at(0), at(100)],
        [at(80), at(80)],
        [at(100), at(150)],
      ]);
      expect((await repos.memberships.latestEnds(c)).find((e) => e.memberId === m.id)?.endsAt).toEqual(at(150));

      const payment = {
        id: randomIds.id(),
        communityId: c,
        memberId: m.id,
        applicationId: null,
        amountMinor: 5_000_000_000_00,
        currency: 'VND',
        method: 'bank_transfer' as const,
        reference: 'ref-1',
        paidAt: at(10),
        recordedBy: n.id,
        createdAt: at(11),
      };
      await repos.payments.add(payment);
      await expect(repos.payments.add({ ...payment, id: randomIds.id() })).rejects.toThrow(
        'unique violation: reference',
      );
      await expect(repos.payments.add({ ...payment, reference: 'ref-2' })).rejects.toThrow('unique violation: id');
      await repos.payments.add({ ...payment, id: randomIds.id(), reference: 'ref-0', paidAt: at(5) });
      expect(await repos.payments.findByReference(c, 'ref-1')).toEqual(payment);
      expect(await repos.payments.findByReference(await club(), 'ref-1')).toBeNull();
      expect((await repos.payments.listForMember(c, m.id)).map((p) => p.reference)).toEqual(['ref-0', 'ref-1']);
    });

    it('audit: jsonb before/after, filters, newest first with ties by id', async () => {
      const c = await club();
      const actor = randomIds.id();
      const entry = (over: Record<string, unknown>) => ({
        id: randomIds.id(),
        communityId: c,
        actorId: null,
        actorLabel: 'system:test',
        action: 'a.one',
        targetType: 'member',
        targetId: 'target-1',
        before: null,
        after: null,
        at: at(1),
        ...over,
      });
      const dated = entry({ before: { endsAt: at(7), n: 1, list: ['x'] }, after: 'text', at: at(3) });
      const undef = entry({ before: undefined, after: { nested: { ok: true } }, actorId: actor });
      const twin = entry({ action: 'a.two', targetId: 'target-2' });
      for (const e of [dated, undef, twin]) await repos.audit.add(e);
      await expect(repos.audit.add(dated)).rejects.toThrow('unique violation: id');
      const all = await repos.audit.list(c, {}, pageRequest(10));
      expect(all.items.map((e) => e.id)).toEqual([dated.id, ...[undef.id, twin.id].sort(byId).reverse()]);
      expect(all.items[0]?.before).toEqual({ endsAt: at(7).toISOString(), n: 1, list: ['x'] });
      expect(all.items[0]?.after).toBe('text');
      expect(all.items.find((e) => e.id === undef.id)?.before).toBeNull();
      expect((await repos.audit.list(c, { action: 'a.two' }, pageRequest())).items.map((e) => e.id)).toEqual([twin.id]);
      expect((await repos.audit.list(c, { actorId: actor }, pageRequest())).total).toBe(1);
      expect((await repos.audit.list(c, { actorId: 'not-a-uuid' }, pageRequest())).total).toBe(0);
      expect((await repos.audit.list(c, { targetId: 'target-1', action: '' }, pageRequest())).total).toBe(2);
      expect((await repos.audit.list(c, {}, pageRequest(1, 2))).items.map((e) => e.id)).toEqual([all.items[2]?.id]);
    });

    it('lessons, series and RSVPs', async () => {
      const c = await club();
      const host = await member(c);
      const [m1, m2] = [await member(c), await member(c)];
      const series = {
        id: randomIds.id(),
        communityId: c,
        title: 'Growth',
        rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
        timezone: 'Asia/Shanghai',
        durationMinutes: 90,
        startsOn: at(0),
        until: null,
        description: '增长',
        location: 'Zoom',
        capacity: 30,
        hostMemberId: host.id,
        createdAt: at(0),
      };
      await repos.lessons.createSeries(series);
      await expect(repos.lessons.createSeries(series)).rejects.toThrow('unique violation: id');
      expect(await repos.lessons.getSeries(c, series.id)).toEqual(series);
      expect(await repos.lessons.getSeries(await club(), series.id)).toBeNull();
      expect(await repos.lessons.listSeries(c)).toEqual([series]);

      const lesson = (startsAt: Date, id = randomIds.id()): Lesson => ({
        id,
        communityId: c,
        seriesId: series.id,
        kind: 'lesson',
        title: 'Lesson',
        description: '',
        speakerName: null,
        speakerBio: null,
        startsAt,
        durationMinutes: 90,
        capacity: null,
        location: 'Zoom',
        status: 'scheduled',
        materialsUrl: null,
        replayUrl: null,
        hostMemberId: host.id,
        occurrenceStartsAt: startsAt,
        version: 1,
        createdAt: at(0),
        updatedAt: at(0),
      });
      const [l1, l2] = [randomIds.id(), randomIds.id()].sort(byId) as [string, string];
      const lessons = [lesson(at(60), l2), lesson(at(60), l1), lesson(at(0)), lesson(at(120))];
      for (const l of lessons) await repos.lessons.create(l);
      await expect(repos.lessons.create(lessons[0] as Lesson)).rejects.toThrow('unique violation: id');
      expect((await repos.lessons.listBetween(c, at(0), at(120))).map((l) => l.id)).toEqual([lessons[2]?.id, l1, l2]);
      const moved = { ...(lessons[3] as Lesson), startsAt: at(30), version: 2, capacity: 0, updatedAt: at(5) };
      await repos.lessons.update(moved);
      await repos.lessons.update({ ...moved, id: randomIds.id() });
      expect(await repos.lessons.get(c, moved.id)).toEqual(moved);
      expect(await repos.lessons.get(c, 'x')).toBeNull();

      const rsvp = (memberId: string, createdAt: Date, status: 'going' | 'waitlist' = 'going') => ({
        communityId: c,
        lessonId: l1,
        memberId,
        status,
        attended: null,
        createdAt,
      });
      await repos.lessons.upsertRsvp(rsvp(host.id, at(3)));
      await repos.lessons.upsertRsvp(rsvp(m1.id, at(2)));
      await repos.lessons.upsertRsvp(rsvp(m2.id, at(2)));
      await repos.lessons.upsertRsvp({ ...rsvp(host.id, at(1), 'waitlist'), attended: true });
      expect(await repos.lessons.getRsvp(c, l1, host.id)).toEqual({
        ...rsvp(host.id, at(1), 'waitlist'),
        attended: true,
      });
      expect(await repos.lessons.getRsvp(await club(), l1, host.id)).toBeNull();
      expect((await repos.lessons.listRsvps(c, l1)).map((r) => r.memberId)).toEqual([
        host.id,
        ...[m1.id, m2.id].sort(byId),
      ]);
      expect(await repos.lessons.listRsvps(c, l2)).toEqual([]);
    });

    it('questions, profiles, suppliers and moderation cases', async () => {
      const c = await club();
      const m = await member(c);
      const coach = await member(c);
      const question = (createdAt: Date, status: Question['status'] = 'open'): Question => ({
        id: randomIds.id(),
        communityId: c,
        memberId: m.id,
        body: '怎么定价？',
        status,
        claimedBy: null,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        faq: false,
        createdAt,
      });
      const qs = [question(at(1)), question(at(3)), question(at(2), 'answered')];
      for (const q of qs) await repos.questions.create(q);
      await expect(repos.questions.create(qs[0] as Question)).rejects.toThrow('unique violation: id');
      const answered = { ...(qs[0] as Question), status: 'answered' as const, answer: '按价值', answeredBy: coach.id };
      await repos.questions.update({ ...answered, answeredAt: at(9) });
      expect((await repos.questions.get(c, answered.id))?.answeredAt).toEqual(at(9));
      expect((await repos.questions.listForMember(c, m.id)).map((q) => q.id)).toEqual([
        qs[1]?.id,
        qs[2]?.id,
        qs[0]?.id,
      ]);
      const page = await repos.questions.list(c, 'answered', pageRequest(1));
      expect([page.total, page.items[0]?.id]).toEqual([2, qs[0]?.id]);
      const claimed = { ...question(at(0), 'claimed'), claimedBy: coach.id };
      await repos.questions.create(claimed);
      await repos.questions.create(question(at(2)));
      const waiting = await repos.questions.listWaiting(c, null, pageRequest(10));
      expect(waiting.items.map((q) => [q.createdAt, q.status])).toEqual([
        [at(0), 'claimed'],
        [at(2), 'open'],
        [at(3), 'open'],
      ]);
      expect(waiting.items[0]?.claimedBy).toBe(coach.id);
      const late = await repos.questions.listWaiting(c, at(2), pageRequest(1, 1));
      expect([late.total, late.items.map((q) => q.createdAt)]).toEqual([2, [at(2)]]);
      expect((await repos.questions.listWaiting(await club(), null, pageRequest(10))).total).toBe(0);

      const profile = {
        communityId: c,
        memberId: m.id,
        company: '雷霆',
        role: 'CEO',
        industry: '跨境电商',
        region: '深圳',
        skills: 'ads',
        offers: 'warehouse',
        needs: 'lawyer',
        dealSize: '100k',
        languages: ['zh-CN', 'en'] as const,
        timezone: null,
        visibility: 'members' as const,
        matchingOptIn: true,
        doNotPair: [coach.id],
        snoozedUntil: null,
        contactForIntros: 'WeChat: lilei_sz · email li@example.com',
        updatedAt: at(1),
      };
      await repos.profiles.upsert(profile);
      await repos.profiles.upsert({
        ...profile,
        needs: 'designer',
        snoozedUntil: at(50),
        contactForIntros: '微信 lilei_sz',
        updatedAt: at(2),
      });
      await repos.profiles.upsert({ ...profile, memberId: coach.id, doNotPair: [] });
      expect(await repos.profiles.get(c, m.id)).toEqual({
        ...profile,
        needs: 'designer',
        snoozedUntil: at(50),
        contactForIntros: '微信 lilei_sz',
        updatedAt: at(2),
      });
      expect((await repos.profiles.listForCommunity(c)).map((p) => p.contactForIntros)).toEqual(
        [m.id, coach.id].sort(byId).map((id) => (id === m.id ? '微信 lilei_sz' : profile.contactForIntros)),
      );
      expect((await repos.profiles.listForCommunity(c)).map((p) => p.memberId)).toEqual([m.id, coach.id].sort(byId));
      expect(await repos.profiles.get(c, 'x')).toBeNull();

      const supplier = (name: string, status: Supplier['status'] = 'vetted'): Supplier => ({
        id: randomIds.id(),
        communityId: c,
        name,
        categories: ['法律', 'legal'],
        region: '',
        contact: '',
        description: '',
        status,
        vettingNotes: '',
        recommendedBy: m.id,
        endorsements: 0,
        createdAt: at(0),
      });
      const suppliers = [supplier('beta'), supplier('Alpha'), supplier('alpha', 'pending'), supplier('律所')];
      for (const s of suppliers) await repos.suppliers.create(s);
      await repos.suppliers.update({ ...(suppliers[0] as Supplier), endorsements: 3 });
      expect((await repos.suppliers.list(c, null)).map((s) => s.name)).toEqual(['Alpha', 'alpha', 'beta', '律所']);
      expect((await repos.suppliers.list(c, 'vetted')).map((s) => s.name)).toEqual(['Alpha', 'beta', '律所']);
      expect((await repos.suppliers.get(c, suppliers[0]?.id ?? ''))?.endorsements).toBe(3);

      // Endorsements: once per member and supplier, counted on the supplier; never across clubs.
      const beta = suppliers[0] as Supplier;
      const endorse = (memberId: string, communityId = c, supplierId = beta.id) =>
        repos.suppliers.addEndorsement({ communityId, supplierId, memberId, createdAt: at(5) });
      expect(await endorse(m.id)).toBe(true);
      expect(await endorse(m.id)).toBe(false);
      expect(await endorse(coach.id)).toBe(true);
      expect(await endorse(coach.id, await club())).toBe(false);
      expect(await endorse(coach.id, c, 'x')).toBe(false);
      expect(await endorse(m.id, c, suppliers[1]?.id)).toBe(true);
      expect((await repos.suppliers.get(c, beta.id))?.endorsements).toBe(5);
      expect((await repos.suppliers.get(c, suppliers[1]?.id ?? ''))?.endorsements).toBe(1);

      const kase = (memberId: string | null, createdAt: Date): ModerationCase => ({
        id: randomIds.id(),
        communityId: c,
        memberId,
        reporterId: coach.id,
        kind: 'advertising',
        status: 'open',
        platform: 'discord',
        channelId: 'c1',
        messageId: 'm1',
        excerpt: '加微信',
        reason: '',
        decidedBy: null,
        decidedAt: null,
        appeal: null,
        createdAt,
      });
      const cases = [kase(m.id, at(1)), kase(null, at(2)), kase(m.id, at(3))];
      for (const k of cases) await repos.moderation.create(k);
      await repos.moderation.update({ ...(cases[0] as ModerationCase), status: 'upheld', decidedBy: coach.id });
      expect((await repos.moderation.list(c, null)).map((k) => k.id)).toEqual([
        cases[2]?.id,
        cases[1]?.id,
        cases[0]?.id,
      ]);
      expect((await repos.moderation.list(c, m.id)).map((k) => k.status)).toEqual(['open', 'upheld']);
      expect(await repos.moderation.list(c, 'x')).toEqual([]);
    });

    it('introductions (one per pair, either way round) and deals', async () => {
      const c = await club();
      const [a, b, d] = [await member(c), await member(c), await member(c)];
      const intro = (x: string, y: string, createdAt: Date): Introduction => ({
        id: randomIds.id(),
        communityId: c,
        memberA: x,
        memberB: y,
        answerA: 'pending',
        answerB: 'pending',
        status: 'proposed',
        score: 0.875,
        reason: 'offers ↔ needs',
        roundId: 'round-1',
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt,
      });
      const ab = intro(b.id, a.id, at(1));
      const ad = intro(a.id, d.id, at(2));
      await repos.introductions.create(ab);
      await repos.introductions.create(ad);
      await expect(repos.introductions.create(intro(a.id, b.id, at(3)))).rejects.toThrow('unique violation: pair');
      await expect(repos.introductions.create({ ...ab, memberB: d.id, memberA: b.id, id: ad.id })).rejects.toThrow(
        'unique violation: id',
      );
      expect(await repos.introductions.findPair(c, a.id, b.id)).toEqual(ab);
      expect(await repos.introductions.findPair(c, b.id, d.id)).toBeNull();
      await repos.introductions.update({ ...ab, answerA: 'accepted', status: 'introduced', introducedAt: at(9) });
      expect((await repos.introductions.get(c, ab.id))?.introducedAt).toEqual(at(9));
      const followedUp = { ...ab, status: 'introduced', followUpAt: at(30), followUpOutcome: 'not_yet' } as const;
      await repos.introductions.update(followedUp);
      expect(await repos.introductions.get(c, ab.id)).toEqual(followedUp);
      expect((await repos.introductions.listForMember(c, a.id)).map((i) => i.id)).toEqual([ad.id, ab.id]);
      expect((await repos.introductions.listForMember(c, b.id)).map((i) => i.id)).toEqual([ab.id]);
      expect((await repos.introductions.listForCommunity(c)).map((i) => i.id)).toEqual([ab.id, ad.id]);

      const deal = {
        id: randomIds.id(),
        communityId: c,
        introductionId: ab.id,
        recordedBy: a.id,
        counterpartId: b.id,
        amountMinor: 12_345_678_900,
        currency: 'CNY',
        note: '首单',
        confirmedByCounterpart: false,
        closedAt: at(20),
        createdAt: at(21),
      };
      await repos.introductions.addDeal(deal);
      await repos.introductions.addDeal({ ...deal, id: randomIds.id(), closedAt: at(10), introductionId: null });
      await expect(repos.introductions.addDeal(deal)).rejects.toThrow('unique violation: id');
      await repos.introductions.updateDeal({ ...deal, confirmedByCounterpart: true });
      expect(await repos.introductions.getDeal(c, deal.id)).toEqual({ ...deal, confirmedByCounterpart: true });
      expect((await repos.introductions.listDeals(c)).map((x) => x.closedAt)).toEqual([at(10), at(20)]);
      expect(await repos.introductions.getDeal(await club(), deal.id)).toBeNull();
    });

    it('contributions, deliveries and auth secrets', async () => {
      const c = await club();
      const [m, n] = [await member(c), await member(c)];
      const contribution = (memberId: string, when: Date, sourceId = randomIds.id()) => ({
        id: randomIds.id(),
        communityId: c,
        memberId,
        kind: 'answer' as const,
        sourceId,
        points: 1,
        at: when,
      });
      expect(await repos.contributions.record(contribution(m.id, at(10), 'q-1'))).toBe(true);
      expect(await repos.contributions.record(contribution(m.id, at(11), 'q-1'))).toBe(false);
      expect(await repos.contributions.record({ ...contribution(m.id, at(11), 'q-1'), kind: 'intro' })).toBe(true);
      expect(await repos.contributions.record(contribution(n.id, at(20)))).toBe(true);
      expect((await repos.contributions.listForMember(c, m.id)).map((x) => x.kind)).toEqual(['answer', 'intro']);
      expect(await repos.contributions.contributorIds(c, at(10), at(20))).toEqual([m.id]);
      expect(await repos.contributions.contributorIds(c, at(0), at(21))).toEqual([m.id, n.id].sort(byId));
      await repos.contributions.record({ ...contribution(n.id, at(30)), kind: 'lesson', points: 3 });
      expect(await repos.contributions.pointsByMember(c, at(10), at(20))).toEqual([
        { memberId: m.id, points: 2, count: 2 },
      ]);
      expect(await repos.contributions.pointsByMember(c, at(0), at(31))).toEqual(
        [
          { memberId: m.id, points: 2, count: 2 },
          { memberId: n.id, points: 4, count: 2 },
        ].sort((x, y) => byId(x.memberId, y.memberId)),
      );
      expect(await repos.contributions.pointsByMember(await club(), at(0), at(31))).toEqual([]);

      const delivery = (key: string, createdAt: Date): Delivery => ({
        key,
        communityId: c,
        memberId: m.id,
        kind: 'lesson.reminder',
        status: 'pending',
        attempts: 0,
        error: null,
        createdAt,
        sentAt: null,
      });
      const k = `sem:${c}`;
      const first = await repos.deliveries.claim(delivery(`${k}:b`, at(1)));
      expect(first).toEqual({ delivery: delivery(`${k}:b`, at(1)), created: true });
      await repos.deliveries.markFailed(`${k}:b`, 'timeout', false);
      const again = await repos.deliveries.claim({ ...delivery(`${k}:b`, at(5)), kind: 'other' });
      expect(again).toEqual({
        delivery: { ...delivery(`${k}:b`, at(1)), attempts: 1, error: 'timeout' },
        created: false,
      });
      await repos.deliveries.markFailed(`${k}:b`, 'blocked DMs', true);
      await repos.deliveries.claim(delivery(`${k}:a`, at(1)));
      await repos.deliveries.markFailed(`${k}:a`, 'blocked DMs', true);
      await repos.deliveries.claim(delivery(`${k}:c`, at(0)));
      await repos.deliveries.markFailed(`${k}:c`, 'gone', true);
      await repos.deliveries.markSent(`${k}:missing`, at(2));
      expect((await repos.deliveries.listFailed(c)).map((d) => [d.key, d.attempts])).toEqual([
        [`${k}:c`, 1],
        [`${k}:a`, 1],
        [`${k}:b`, 2],
      ]);
      await repos.deliveries.markSent(`${k}:a`, at(3));
      expect(await repos.deliveries.get(`${k}:a`)).toMatchObject({ status: 'sent', error: null, sentAt: at(3) });
      expect(await repos.deliveries.get(`${k}:missing`)).toBeNull();

      const code = { code: `C${randomIds.code()}`, communityId: c, memberId: m.id, expiresAt: at(30) };
      await repos.auth.createLinkCode(code);
      await expect(repos.auth.createLinkCode({ ...code, memberId: n.id })).rejects.toThrow('unique violation: id');
      expect(await repos.auth.takeLinkCode(code.code)).toEqual(code);
      expect(await repos.auth.takeLinkCode(code.code)).toBeNull();

      const link = { tokenHash: `h-${randomIds.token()}`, communityId: c, memberId: m.id, role: 'owner' as const };
      await repos.auth.createLoginLink({ ...link, expiresAt: at(30), usedAt: null });
      expect(await repos.auth.useLoginLink(link.tokenHash, at(4))).toEqual({
        ...link,
        expiresAt: at(30),
        usedAt: at(4),
      });
      expect(await repos.auth.useLoginLink(link.tokenHash, at(5))).toBeNull();
      expect(await repos.auth.useLoginLink('unknown', at(5))).toBeNull();

      const session = {
        idHash: `s-${randomIds.token()}`,
        communityId: c,
        memberId: m.id,
        csrfToken: 'csrf',
        expiresAt: at(60),
        createdAt: at(1),
      };
      await repos.auth.createSession(session);
      await expect(repos.auth.createSession(session)).rejects.toThrow('unique violation: id');
      expect(await repos.auth.getSession(session.idHash)).toEqual(session);
      await repos.auth.deleteSession(session.idHash);
      expect(await repos.auth.getSession(session.idHash)).toBeNull();

      const token = { tokenHash: `cal-${randomIds.token()}`, communityId: c, memberId: m.id, createdAt: at(1) };
      await repos.auth.setCalendarToken(token);
      const rotated = { ...token, tokenHash: `cal-${randomIds.token()}`, createdAt: at(2) };
      await repos.auth.setCalendarToken(rotated);
      expect(await repos.auth.findCalendarToken(token.tokenHash)).toBeNull();
      expect(await repos.auth.findCalendarToken(rotated.tokenHash)).toEqual(rotated);
      await repos.auth.deleteCalendarToken(c, m.id);
      expect(await repos.auth.findCalendarToken(rotated.tokenHash)).toBeNull();
    });

    it('units of work: nested runs join the outer one, which sees and rolls back everything', async () => {
      const c = await club();
      const result = await repos.uow.run(async (outer) => {
        const m = await member(c, { handle: 'outer' }, outer);
        // Top-level repositories called inside a unit of work take part in it (and see its writes).
        const inner = await repos.uow.run(async (nested) => {
          await member(c, { handle: 'inner' }, nested);
          return (await repos.members.getByHandle(c, 'outer'))?.id;
        });
        expect(inner).toBe(m.id);
        return 'done';
      });
      expect(result).toBe('done');
      expect((await repos.members.listIds(c)).length).toBe(2);

      await expect(
        repos.uow.run(async (outer) => {
          await member(c, { handle: 'doomed-outer' }, outer);
          await repos.uow.run(async (nested) => {
            await member(c, { handle: 'doomed-inner' }, nested);
          });
          await expect(member(c, { handle: 'outer' }, outer)).rejects.toThrow('unique violation: handle');
          // A refused create leaves the transaction usable.
          await member(c, { handle: 'after-refusal' }, outer);
          expect(await outer.members.getByHandle(c, 'after-refusal')).not.toBeNull();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      for (const handle of ['doomed-outer', 'doomed-inner', 'after-refusal']) {
        expect(await repos.members.getByHandle(c, handle)).toBeNull();
      }
    });
  });
}
