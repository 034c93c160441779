import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../create-core.js';
import { DomainError } from '../../errors/domain-error.js';
import { randomIds } from '../../ports/ids.js';
import { pageRequest } from '../../ports/page.js';
import type { Repositories, UnitOfWork } from '../../ports/ports.js';
import type { Actor } from '../../rules/actor.js';
import { createTestPorts } from '../create-test-ports.js';

export interface ContractSubject {
  readonly repos: Repositories & { uow: UnitOfWork };
  close?(): Promise<void>;
}

const DAY = 86_400_000;

/**
 * The behaviour every implementation of the repositories must share. It runs against the in-memory store
 * and against drizzle on PostgreSQL and PGlite, so the fake cannot drift from the real thing.
 * Each test makes its own club with a random slug, so runs may share a database.
 */
export function describeRepositoryContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`repository contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    function setup() {
      const ports = { ...createTestPorts(subject.repos), ids: randomIds };
      ports.clock.set('2026-03-01T04:00:00Z');
      return { ports, core: createCore(ports) };
    }

    async function club(core: ReturnType<typeof setup>['core']) {
      const slug = `club-${randomIds.code().toLowerCase()}`;
      const { community, ownerId } = await core.createCommunity({
        slug,
        name: '创始人俱乐部',
        owner: { displayName: 'Owner 群主', email: `${slug}@example.com` },
      });
      const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
      return { community, owner };
    }

    it('runs the membership flow: apply, flag, approve, pay, status over time, renew from the old end', async () => {
      const { ports, core } = setup();
      const { community, owner } = await club(core);
      const account = { platform: 'discord' as const, workspaceId: `g-${community.slug}`, platformUserId: 'u-1' };
      const application = await core.submitApplication({
        communityId: community.id,
        name: '李雷',
        email: 'lilei@example.com',
        company: '雷霆跨境',
        industry: '跨境电商',
        answers: [{ question: 'What do you do?', answer: '我们做跨境电商，也研究虚拟货币' }],
        valuesPledge: true,
        locale: 'zh-CN',
        account,
      });
      expect(application.status).toBe('pending');
      expect(application.flags.map((f) => f.keyword)).toContain('虚拟货币');
      await expect(
        core.submitApplication({
          communityId: community.id,
          name: '李雷',
          email: 'lilei@example.com',
          answers: [],
          valuesPledge: true,
          locale: 'zh-CN',
        }),
      ).rejects.toMatchObject({ code: 'application.already_pending' });

      const approved = await core.approveApplication({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
      });
      expect(approved.memberId).toBeTruthy();
      const memberId = approved.memberId as string;
      expect(await subject.repos.accounts.find('discord', account.workspaceId, 'u-1')).toMatchObject({ memberId });
      await expect(
        core.approveApplication({ actor: owner, communityId: community.id, applicationId: application.id }),
      ).rejects.toMatchObject({ code: 'application.already_decided' });

      const { period } = await core.recordPayment({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
        amountMinor: 100_000,
        currency: 'cny',
        method: 'wechat_pay',
        reference: `wx-${community.slug}-1`,
      });
      expect(period.startsAt.toISOString()).toBe('2026-03-01T04:00:00.000Z');
      expect(period.endsAt.toISOString()).toBe('2027-03-01T04:00:00.000Z');
      expect(ports.roleSync.has(account)).toBe(true);

      const statusAt = async (iso: string) => {
        ports.clock.set(iso);
        return (await core.getMembership({ communityId: community.id, memberId })).status;
      };
      expect(await statusAt('2026-06-01T00:00:00Z')).toBe('active');
      expect(await statusAt('2027-02-01T04:00:00Z')).toBe('expiring');
      expect(await statusAt('2027-03-03T00:00:00Z')).toBe('grace');
      expect(await statusAt('2027-03-08T04:00:00Z')).toBe('lapsed');

      ports.clock.set('2027-02-20T00:00:00Z');
      const renewal = await core.recordPayment({
        actor: owner,
        communityId: community.id,
        memberId,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'bank_transfer',
        reference: `bank-${community.slug}-2`,
      });
      expect(renewal.period.startsAt.toISOString()).toBe('2027-03-01T04:00:00.000Z');
      expect(renewal.period.endsAt.toISOString()).toBe('2028-03-01T04:00:00.000Z');
      expect(renewal.period.kind).toBe('renewal');

      const audit = await subject.repos.audit.list(community.id, {}, pageRequest(50));
      expect(audit.items.map((e) => e.action).sort()).toEqual(
        ['application.approve', 'community.create', 'payment.record', 'payment.record'].sort(),
      );
      const approval = audit.items.find((e) => e.action === 'application.approve');
      expect(approval).toMatchObject({
        actorId: owner.kind === 'member' ? owner.memberId : null,
        targetId: application.id,
      });
      expect(approval?.before).toEqual({ status: 'pending' });
    });

    it('refuses bad payments and writes nothing', async () => {
      const { core } = setup();
      const { community, owner } = await club(core);
      const application = await core.submitApplication({
        communityId: community.id,
        name: 'Rejected Person',
        email: 'no@example.com',
        answers: [],
        valuesPledge: true,
        locale: 'en',
      });
      await core.rejectApplication({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
        reason: 'MLM',
      });
      const pay = (over: Record<string, unknown>) =>
        core.recordPayment({
          actor: owner,
          communityId: community.id,
          applicationId: application.id,
          amountMinor: 100_000,
          currency: 'CNY',
          method: 'bank_transfer',
          reference: 'ref-x',
          ...over,
        });
      await expect(pay({})).rejects.toMatchObject({ code: 'payment.application_not_approved' });
      await expect(pay({ amountMinor: -5 })).rejects.toMatchObject({ code: 'payment.invalid_amount' });
      await expect(pay({ amountMinor: 1.5 })).rejects.toMatchObject({ code: 'payment.invalid_amount' });
      await expect(pay({ currency: 'XYZ' })).rejects.toMatchObject({ code: 'payment.unknown_currency' });
      const second = await core.submitApplication({
        communityId: community.id,
        name: 'Good Person',
        email: 'yes@example.com',
        answers: [],
        valuesPledge: true,
        locale: 'en',
      });
      await core.approveApplication({ actor: owner, communityId: community.id, applicationId: second.id });
      await expect(pay({ applicationId: second.id, amountMinor: 100_000_000 })).rejects.toMatchObject({
        code: 'payment.absurd_amount',
      });
      await expect(pay({ applicationId: second.id, currency: 'USD' })).rejects.toMatchObject({
        code: 'payment.currency_not_accepted',
      });
      await pay({ applicationId: second.id, reference: 'ref-ok' });
      await expect(pay({ applicationId: second.id, reference: 'ref-ok' })).rejects.toMatchObject({
        code: 'payment.duplicate_reference',
      });
      const payments = await subject.repos.payments.listForMember(
        community.id,
        (await subject.repos.applications.get(community.id, second.id))?.memberId ?? '',
      );
      expect(payments).toHaveLength(1);
      const audit = await subject.repos.audit.list(community.id, { action: 'payment.record' }, pageRequest());
      expect(audit.total).toBe(1);
    });

    it('rolls back every write of a failed unit of work', async () => {
      const { core } = setup();
      const { community } = await club(core);
      const before = await subject.repos.members.list(community.id, {}, pageRequest());
      await expect(
        subject.repos.uow.run(async (repos) => {
          await repos.members.create({
            id: randomIds.id(),
            communityId: community.id,
            handle: 'ghost',
            displayName: 'Ghost',
            email: null,
            locale: null,
            timezone: null,
            reminderLeadMinutes: null,
            remindersMuted: false,
            matchingExcluded: false,
            notes: '',
            createdAt: new Date(),
            deletedAt: null,
          });
          throw new DomainError('auth.forbidden');
        }),
      ).rejects.toBeInstanceOf(DomainError);
      const after = await subject.repos.members.list(community.id, {}, pageRequest());
      expect(after.total).toBe(before.total);
      expect(await subject.repos.members.getByHandle(community.id, 'ghost')).toBeNull();
    });

    it('keeps clubs apart and pages lists', async () => {
      const { core } = setup();
      const a = await club(core);
      const b = await club(core);
      for (let i = 0; i < 7; i++) {
        await core.submitApplication({
          communityId: a.community.id,
          name: `Applicant ${i}`,
          email: `a${i}@example.com`,
          answers: [],
          valuesPledge: true,
          locale: 'en',
        });
      }
      const page1 = await subject.repos.applications.list(a.community.id, 'pending', pageRequest(5, 0));
      const page2 = await subject.repos.applications.list(a.community.id, 'pending', pageRequest(5, 5));
      expect(page1.total).toBe(7);
      expect(page1.items).toHaveLength(5);
      expect(page2.items).toHaveLength(2);
      expect(new Set([...page1.items, ...page2.items].map((x) => x.id)).size).toBe(7);
      expect((await subject.repos.applications.list(b.community.id, null, pageRequest())).total).toBe(0);
      const foreign = page1.items[0];
      expect(foreign && (await subject.repos.applications.get(b.community.id, foreign.id))).toBeNull();
      await expect(
        core.approveApplication({ actor: b.owner, communityId: a.community.id, applicationId: foreign?.id ?? '' }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' });
    });

    it('claims a delivery key once, records contributions once, and uses a login link once', async () => {
      const { ports, core } = setup();
      const { community, owner } = await club(core);
      const memberId = owner.kind === 'member' ? owner.memberId : '';
      const key = `test:${community.id}:reminder`;
      const delivery = {
        key,
        communityId: community.id,
        memberId,
        kind: 'lesson.reminder',
        status: 'pending' as const,
        attempts: 0,
        error: null,
        createdAt: ports.clock.now(),
        sentAt: null,
      };
      expect((await subject.repos.deliveries.claim(delivery)).created).toBe(true);
      expect((await subject.repos.deliveries.claim(delivery)).created).toBe(false);
      // The creator holds it: an overlapping sender may not take it until the hold is stale or let go.
      const at = ports.clock.now();
      const earlier = new Date(at.getTime() - 60_000);
      const later = new Date(at.getTime() + 60_000);
      expect(await subject.repos.deliveries.hold(key, at, earlier)).toBe(false);
      expect(await subject.repos.deliveries.hold(key, later, later)).toBe(true);
      expect(await subject.repos.deliveries.hold(key, later, later)).toBe(false);
      await subject.repos.deliveries.markFailed(key, 'timeout', false);
      expect(await subject.repos.deliveries.hold(key, later, earlier)).toBe(true);
      await subject.repos.deliveries.markSent(key, ports.clock.now());
      expect(await subject.repos.deliveries.get(key)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(await subject.repos.deliveries.hold(key, later, new Date(later.getTime() + 1))).toBe(false);

      const contribution = {
        id: randomIds.id(),
        communityId: community.id,
        memberId,
        kind: 'answer' as const,
        sourceId: randomIds.id(),
        points: 1,
        at: ports.clock.now(),
      };
      expect(await subject.repos.contributions.record(contribution)).toBe(true);
      expect(await subject.repos.contributions.record({ ...contribution, id: randomIds.id() })).toBe(false);
      const from = new Date(ports.clock.now().getTime() - DAY);
      const to = new Date(ports.clock.now().getTime() + DAY);
      expect(await subject.repos.contributions.contributorIds(community.id, from, to)).toEqual([memberId]);

      const tokenHash = `hash-${randomIds.token()}`;
      await subject.repos.auth.createLoginLink({
        tokenHash,
        communityId: community.id,
        memberId,
        role: 'owner',
        expiresAt: to,
        usedAt: null,
      });
      const [first, second] = await Promise.all([
        subject.repos.auth.useLoginLink(tokenHash, ports.clock.now()),
        subject.repos.auth.useLoginLink(tokenHash, ports.clock.now()),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
    });

    it('lists members with their latest membership end, filtered, searched and paged (newest first)', async () => {
      const { core } = setup();
      const { community } = await club(core);
      const other = await club(core);
      const t0 = Date.parse('2026-04-01T00:00:00Z'); // after the owner joined
      const make = async (n: number, name: string, email: string | null, ends: number[], deleted = false) => {
        const id = randomIds.id();
        await subject.repos.members.create({
          id,
          communityId: community.id,
          handle: `m${n}-${community.slug}`,
          displayName: name,
          email,
          locale: null,
          timezone: null,
          reminderLeadMinutes: null,
          remindersMuted: false,
          matchingExcluded: false,
          notes: '',
          createdAt: new Date(t0 + n * DAY),
          deletedAt: deleted ? new Date(t0) : null,
        });
        for (const end of ends) {
          await subject.repos.memberships.add({
            id: randomIds.id(),
            communityId: community.id,
            memberId: id,
            startsAt: new Date(end - 365 * DAY),
            endsAt: new Date(end),
            kind: 'initial',
            paymentId: null,
            createdAt: new Date(t0),
          });
        }
        return id;
      };
      const e = (days: number) => t0 + days * DAY;
      const a = await make(1, '100% Honest 张三', 'zhang@example.com', [e(100), e(400)]);
      const b = await make(2, 'Bob Li', 'BOB@Example.com'.toLowerCase(), [e(200)]);
      const c = await make(3, '1000 Club', null, []);
      const d = await make(4, 'Dora', 'dora@example.com', [e(300)]);
      await make(5, 'Deleted Dan', 'dan@example.com', [e(300)], true);
      // The same end in another club must not leak into this one.
      await subject.repos.memberships.add({
        id: randomIds.id(),
        communityId: other.community.id,
        memberId: c,
        startsAt: new Date(e(0)),
        endsAt: new Date(e(999)),
        kind: 'initial',
        paymentId: null,
        createdAt: new Date(t0),
      });

      const ids = async (query: Parameters<typeof subject.repos.members.listWithLatestEnd>[1]) =>
        (await subject.repos.members.listWithLatestEnd(community.id, query, pageRequest(50))).items.map(
          (row) => row.member.id,
        );
      const ownerId = (await subject.repos.staff.list(community.id))[0]?.memberId;
      expect(await ids({})).toEqual([d, c, b, a, ownerId]);
      const all = await subject.repos.members.listWithLatestEnd(community.id, {}, pageRequest(50));
      expect(all.items.find((row) => row.member.id === a)?.latestEnd?.toISOString()).toBe(
        new Date(e(400)).toISOString(),
      );
      expect(all.items.find((row) => row.member.id === c)?.latestEnd).toBeNull();
      expect(await ids({ latestEnd: 'none' })).toEqual([c, ownerId]);
      expect(await ids({ latestEnd: { after: new Date(e(200)) } })).toEqual([d, a]);
      expect(await ids({ latestEnd: { notAfter: new Date(e(200)) } })).toEqual([b]);
      expect(await ids({ latestEnd: { after: new Date(e(199)), notAfter: new Date(e(300)) } })).toEqual([d, b]);
      expect(await ids({ search: '100%' })).toEqual([a]);
      expect(await ids({ search: 'BOB@' })).toEqual([b]);
      expect(await ids({ search: '张三' })).toEqual([a]);
      expect(await ids({ search: 'd_r' })).toEqual([]);
      expect(await ids({ search: 'dora', latestEnd: 'none' })).toEqual([]);
      const page2 = await subject.repos.members.listWithLatestEnd(community.id, {}, pageRequest(2, 2));
      expect(page2.total).toBe(5);
      expect(page2.items.map((row) => row.member.id)).toEqual([b, a]);
      expect(
        (await subject.repos.members.listWithLatestEnd(other.community.id, { search: 'Bob' }, pageRequest())).total,
      ).toBe(0);

      const many = await subject.repos.members.getMany(community.id, [d, a, randomIds.id()]);
      expect(many.map((m) => m.id)).toEqual([a, d].sort());
      expect(await subject.repos.members.getMany(other.community.id, [a, b])).toEqual([]);
      expect(await subject.repos.members.getMany(community.id, [])).toEqual([]);
    });
  });
}
