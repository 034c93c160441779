import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { figuresClub } from '../testing/figures-club.js';

const DAY = 86_400_000;

describe('getDashboard', () => {
  it('counts members by status, queues, renewals due, vitality and this year’s deals per currency', async () => {
    const ports = createTestPorts();
    ports.clock.set('2025-03-01T00:00:00Z');
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'club',
      name: 'Club',
      owner: { displayName: 'Owner' },
      settings: { acceptedCurrencies: ['CNY', 'USD'] },
    });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    const join = async (name: string, joinedAt: string, pay = true) => {
      ports.clock.set(joinedAt);
      const app = await core.submitApplication({
        communityId: community.id,
        name,
        email: `${name.toLowerCase()}@example.com`,
        answers: [],
        valuesPledge: true,
        locale: 'en',
      });
      const approved = await core.approveApplication({
        actor: owner,
        communityId: community.id,
        applicationId: app.id,
      });
      if (pay) {
        await core.recordPayment({
          actor: owner,
          communityId: community.id,
          applicationId: app.id,
          amountMinor: 100_000,
          currency: 'CNY',
          method: 'bank_transfer',
          reference: `ref-${name}`,
        });
      }
      return approved.memberId as string;
    };
    const active = await join('Active', '2025-09-01T00:00:00Z');
    await join('Expiring', '2025-02-10T00:00:00Z');
    await join('Grace', '2025-01-28T00:00:00Z');
    await join('Lapsed', '2024-06-01T00:00:00Z');
    await join('Unpaid', '2025-12-01T00:00:00Z', false);
    ports.clock.set('2026-02-01T00:00:00Z');
    await core.submitApplication({
      communityId: community.id,
      name: 'Waiting',
      email: 'waiting@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'zh-CN',
    });
    await ports.contributions.record({
      id: ports.ids.id(),
      communityId: community.id,
      memberId: active,
      kind: 'answer',
      sourceId: 'q1',
      points: 1,
      at: new Date(Date.parse('2026-02-01T00:00:00Z') - 5 * DAY),
    });
    const deal = (amountMinor: number, currency: string, closedAt: string) =>
      ports.introductions.addDeal({
        id: ports.ids.id(),
        communityId: community.id,
        introductionId: null,
        recordedBy: active,
        counterpartId: null,
        amountMinor,
        currency,
        note: '',
        confirmedByCounterpart: false,
        closedAt: new Date(closedAt),
        createdAt: new Date(closedAt),
      });
    await deal(500_000, 'CNY', '2026-01-05T00:00:00Z');
    await deal(250_000, 'CNY', '2026-01-20T00:00:00Z');
    await deal(10_000, 'USD', '2026-01-21T00:00:00Z');
    // Shanghai time: 2025-12-31T17:00Z is already 2026-01-01 01:00, 2025-12-31T15:00Z is still 2025.
    await deal(1, 'CNY', '2025-12-31T17:00:00Z');
    await deal(99, 'CNY', '2025-12-31T15:00:00Z');
    await ports.questions.create({
      id: ports.ids.id(),
      communityId: community.id,
      memberId: active,
      body: 'How?',
      status: 'open',
      claimedBy: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      faq: false,
      createdAt: ports.clock.now(),
      resolvedAt: null,
      rating: null,
      ratingComment: null,
      faqConsent: false,
      slaRemindedAt: null,
      slaEscalatedAt: null,
    });

    const dashboard = await core.getDashboard({ actor: owner, communityId: community.id });
    expect(dashboard.members).toEqual({ active: 1, expiring: 1, grace: 1, lapsed: 1, none: 2 });
    expect(dashboard.applications).toEqual({ pending: 1, infoRequested: 0 });
    expect(dashboard.renewalsDue.total).toBe(1);
    expect(dashboard.renewalsDue.next[0]?.displayName).toBe('Expiring');
    expect(dashboard.vitality).toEqual({ contributors: 1, members: 3, ratio: 1 / 3 });
    expect(dashboard.questions).toEqual({ open: 1, claimed: 0 });
    expect(dashboard.deals).toEqual({
      year: 2026,
      count: 4,
      totals: [
        { currency: 'CNY', amountMinor: 750_001, count: 3 },
        { currency: 'USD', amountMinor: 10_000, count: 1 },
      ],
    });
  });

  it('is for staff only', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community } = await core.createCommunity({ slug: 'c', name: 'C', owner: { displayName: 'O' } });
    const member: Actor = { kind: 'member', communityId: community.id, memberId: ports.ids.id(), roles: [] };
    await expect(core.getDashboard({ actor: member, communityId: community.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    const coach: Actor = { ...member, roles: ['coach'] };
    await expect(core.getDashboard({ actor: coach, communityId: community.id })).resolves.toMatchObject({
      applications: { pending: 0 },
    });
  });
});

describe('getDashboard: network figures', () => {
  it('counts introductions made this year, the acceptance rate, and deals per currency', async () => {
    const { ports, core, communityId, intro, member, club } = await figuresClub();
    // Last year's introduction does not count this year.
    await intro(0, 3, {
      status: 'introduced',
      introducedAt: new Date('2025-12-01T00:00:00Z'),
      createdAt: new Date('2025-11-25T00:00:00Z'),
    });
    ports.clock.set('2026-03-01T00:00:00Z');
    const ab = await intro(0, 1);
    const cd = await intro(2, 3);
    const ac = await intro(0, 2);
    await intro(1, 3);
    await core.respondToIntro({ actor: member(0).actor, communityId, introductionId: ab.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(1).actor, communityId, introductionId: ab.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(2).actor, communityId, introductionId: cd.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(3).actor, communityId, introductionId: cd.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(2).actor, communityId, introductionId: ac.id, answer: 'decline' });
    await core.recordDeal({
      actor: member(0).actor,
      communityId,
      introductionId: ab.id,
      amountMinor: 800_000,
      currency: 'CNY',
    });
    await core.recordDeal({
      actor: member(3).actor,
      communityId,
      introductionId: cd.id,
      amountMinor: 5_000,
      currency: 'usd',
    });

    const dashboard = await core.getDashboard({ actor: club.owner, communityId });
    expect(dashboard.introductions).toEqual({ year: 2026, made: 2, declined: 1, proposed: 1, acceptanceRate: 2 / 3 });
    expect(dashboard.deals).toEqual({
      year: 2026,
      count: 2,
      totals: [
        { currency: 'CNY', amountMinor: 800_000, count: 1 },
        { currency: 'USD', amountMinor: 5_000, count: 1 },
      ],
    });
  });

  it('has no acceptance rate before any introduction was decided', async () => {
    const { core, communityId, intro, club } = await figuresClub();
    await intro(0, 1);
    const dashboard = await core.getDashboard({ actor: club.owner, communityId });
    expect(dashboard.introductions).toMatchObject({ made: 0, declined: 0, proposed: 1, acceptanceRate: null });
  });
});
