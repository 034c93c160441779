import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { DomainError } from '../errors/domain-error.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-05-10T04:00:00Z'); // 12:00 in Shanghai, the default timezone
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Club',
    owner: { displayName: 'Owner' },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  return { ports, core, communityId: community.id, owner, ownerId };
}

describe('getVitalityFigures', () => {
  it('lists the last twelve local months and the deals of the last eight local quarters, as of now', async () => {
    const { ports, core, communityId, owner, ownerId } = await club();
    const deal = (closedAt: string, amountMinor: number) =>
      ports.introductions.addDeal({
        id: ports.ids.id(),
        communityId,
        introductionId: null,
        recordedBy: ownerId,
        counterpartId: null,
        amountMinor,
        currency: 'CNY',
        note: '',
        confirmedByCounterpart: false,
        closedAt: new Date(closedAt),
        createdAt: new Date(closedAt),
      });
    await deal('2024-06-30T15:59:00Z', 1); // 23:59 on 30 June 2024 local: before the eight quarters
    await deal('2024-06-30T16:00:00Z', 20); // 1 July 2024 local: the first of them
    await deal('2026-05-09T00:00:00Z', 300);
    await ports.contributions.record({
      id: ports.ids.id(),
      communityId,
      memberId: ownerId,
      kind: 'answer',
      sourceId: 'q1',
      points: 1,
      at: new Date('2026-04-30T16:30:00Z'), // 00:30 on 1 May local
    });
    const figures = await core.getVitalityFigures({ actor: owner, communityId });
    expect(figures.timezone).toBe('Asia/Shanghai');
    expect(figures.asOf).toBe('2026-05-10T04:00:00.000Z');
    expect(figures.newContributorsByMonth).toHaveLength(12);
    expect(figures.newContributorsByMonth[0]).toEqual({ month: '2025-06', count: 0 });
    expect(figures.newContributorsByMonth.at(-1)).toEqual({ month: '2026-05', count: 1 });
    expect(figures.dealsByQuarter).toEqual([
      { quarter: '2024-Q3', currency: 'CNY', count: 1, amountMinor: 20 },
      { quarter: '2026-Q2', currency: 'CNY', count: 1, amountMinor: 300 },
    ]);
    // Not from an introduction: counted per quarter, no introducer's and no matching round's.
    expect(figures.dealsByIntroducer).toEqual([]);
    expect(figures.atRisk).toEqual({ silentContributors: 0, renewalsWithoutActivity: 0 });
    expect(figures.activation).toEqual({ newMembers: 0, activated: 0, share: null });
  });

  it('is for staff only', async () => {
    const { core, communityId } = await club();
    const member: Actor = { kind: 'member', communityId, memberId: 'm', roles: [] };
    await expect(core.getVitalityFigures({ actor: member, communityId })).rejects.toBeInstanceOf(DomainError);
  });
});
