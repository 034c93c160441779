import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import type { InMemoryVitalityRepository } from '../testing/in-memory/vitality.repository.js';

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-01-10T04:00:00Z'); // 12:00 in Shanghai, the default timezone
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Club',
    owner: { displayName: 'Owner' },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  const app = await core.submitApplication({
    communityId: community.id,
    name: 'Ann',
    email: 'ann@example.com',
    answers: [],
    valuesPledge: true,
    locale: 'en',
  });
  const approved = await core.approveApplication({ actor: owner, communityId: community.id, applicationId: app.id });
  await core.recordPayment({
    actor: owner,
    communityId: community.id,
    applicationId: app.id,
    amountMinor: 100_000,
    currency: 'CNY',
    method: 'bank_transfer',
    reference: 'ref-ann',
  });
  return { ports, core, communityId: community.id, owner, annId: approved.memberId as string };
}

describe('refreshVitality', () => {
  it('summarises from the club’s first day on the first run, then only today until the day ends', async () => {
    const { ports, core, communityId } = await club();
    ports.clock.set('2026-01-20T15:59:59Z'); // 23:59:59 local: still the 20th
    expect(await core.refreshVitality({ communityId })).toEqual({
      fromDay: '2026-01-10',
      toDay: '2026-01-20',
      days: 11,
    });
    // The ended days are final: the next hour computes today alone.
    expect(await ports.vitality.lastFinalDay(communityId)).toBe('2026-01-19');
    expect(await core.refreshVitality({ communityId })).toEqual({
      fromDay: '2026-01-20',
      toDay: '2026-01-20',
      days: 1,
    });
    ports.clock.set('2026-01-20T16:00:00Z'); // midnight local: a new day; the 20th is computed once more, then final
    expect(await core.refreshVitality({ communityId })).toEqual({
      fromDay: '2026-01-20',
      toDay: '2026-01-21',
      days: 2,
    });
    expect(await ports.vitality.lastFinalDay(communityId)).toBe('2026-01-20');
    expect(await core.refreshVitality({ communityId })).toMatchObject({ fromDay: '2026-01-21', days: 1 });
  });

  it('computes final days again from the day of an event recorded after it (then only today)', async () => {
    const { ports, core, communityId, annId } = await club();
    ports.clock.set('2026-01-20T04:00:00Z');
    await core.refreshVitality({ communityId });
    const before = await ports.vitality.listDays(communityId, '2026-01-15', '2026-01-15');
    expect(before[0]).toMatchObject({ contributors30: 0 });
    // A lesson Ann taught on the 15th, recorded on the 20th: the database marks it (a trigger); here, by hand.
    const at = new Date('2026-01-15T02:00:00Z');
    await ports.contributions.record({
      id: 'late-1',
      communityId,
      memberId: annId,
      kind: 'lesson',
      sourceId: 'lesson-15',
      points: 3,
      at,
    });
    (ports.vitality as InMemoryVitalityRepository).markLateEvent(communityId, at, ports.clock.now());
    expect(await core.refreshVitality({ communityId })).toEqual({
      fromDay: '2026-01-15',
      toDay: '2026-01-20',
      days: 6,
    });
    const after = await ports.vitality.listDays(communityId, '2026-01-15', '2026-01-20');
    expect(after.map((d) => d.contributors30)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await ports.vitality.lateEvents(communityId)).toBeNull();
    expect(await core.refreshVitality({ communityId })).toMatchObject({ fromDay: '2026-01-20', days: 1 });
  });

  it('goes back at most a year after a long pause', async () => {
    const { ports, core, communityId } = await club();
    await core.refreshVitality({ communityId });
    ports.clock.set('2028-01-01T04:00:00Z');
    const result = await core.refreshVitality({ communityId });
    expect(result).toEqual({ fromDay: '2027-01-02', toDay: '2028-01-01', days: 365 });
  });
});

describe('getVitality', () => {
  it('gives staff the stored days of the range, oldest first, with the last summarised day', async () => {
    const { ports, core, communityId, owner } = await club();
    ports.clock.set('2026-01-15T04:00:00Z');
    const empty = await core.getVitality({ actor: owner, communityId, days: 3 });
    expect(empty).toEqual({
      timezone: 'Asia/Shanghai',
      fromDay: '2026-01-13',
      toDay: '2026-01-15',
      days: [],
      computedThrough: null,
    });
    await core.refreshVitality({ communityId });
    const series = await core.getVitality({ actor: owner, communityId, days: 3 });
    expect(series.days.map((d) => d.day)).toEqual(['2026-01-13', '2026-01-14', '2026-01-15']);
    // Ann paid (the owner has no membership period); nobody gave or took yet.
    expect(series.days[2]).toMatchObject({ members: 1, contributors30: 0, silent30: 1 });
    expect(series.computedThrough).toBe('2026-01-15');
  });

  it('refuses members who are not staff and a range that is not 1 to 730 days', async () => {
    const { core, communityId, owner, annId } = await club();
    const ann: Actor = { kind: 'member', communityId, memberId: annId, roles: [] };
    await expect(core.getVitality({ actor: ann, communityId })).rejects.toMatchObject({ code: 'auth.staff_only' });
    for (const days of [0, 731, 1.5]) {
      await expect(core.getVitality({ actor: owner, communityId, days })).rejects.toMatchObject({
        code: 'validation.invalid',
      });
    }
  });
});
