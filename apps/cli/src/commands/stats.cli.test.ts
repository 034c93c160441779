import { cohorts, referrals, vitalityFigures, vitalitySeries } from '@snowball/admin-api/contract';
import { type Actor, createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import type { System } from '../compose/open-system.js';
import { loadConfig } from '../config.js';
import { statsCommand } from './stats.cli.js';

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-05-10T04:00:00Z'); // 12:00 in Shanghai
  const core = createCore(ports);
  const system: System = {
    config: loadConfig({ PORT: '4100' }),
    ports,
    core,
    redis: null,
    db: null as never,
    embedded: null,
    readiness: async () => ({ ok: true, checks: {} }),
    close: async () => {},
  };
  const { community, ownerId } = await core.createCommunity({ slug: 'tea', name: 'Tea', owner: { displayName: 'O' } });
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
  await ports.contributions.record({
    id: ports.ids.id(),
    communityId: community.id,
    memberId: approved.memberId as string,
    kind: 'answer',
    sourceId: 'q-1',
    points: 2,
    at: ports.clock.now(),
  });
  // A matching round introduced Ann to the owner; the deal came from it.
  const introductionId = ports.ids.id();
  await ports.introductions.create({
    id: introductionId,
    communityId: community.id,
    memberA: approved.memberId as string,
    memberB: ownerId,
    answerA: 'accepted',
    answerB: 'accepted',
    status: 'introduced',
    score: 1,
    reason: '',
    roundId: 'round-1',
    introducedAt: ports.clock.now(),
    followUpAt: null,
    followUpOutcome: null,
    createdAt: ports.clock.now(),
  });
  await ports.introductions.addDeal({
    id: ports.ids.id(),
    communityId: community.id,
    introductionId,
    recordedBy: approved.memberId as string,
    counterpartId: null,
    amountMinor: 5000,
    currency: 'USD',
    note: '',
    confirmedByCounterpart: false,
    closedAt: ports.clock.now(),
    createdAt: ports.clock.now(),
  });
  return { system, core, owner, communityId: community.id };
}

const wire = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('snowball stats', () => {
  it('prints the same figures as the admin API, as one JSON object with a fixed key order', async () => {
    const { system, core, owner, communityId } = await club();
    await core.refreshVitality({ communityId });
    const out: string[] = [];
    await statsCommand(system, { community: 'tea', json: true }, (l) => out.push(l), 'en');
    expect(out).toHaveLength(1);
    const stats = JSON.parse(out[0] as string);
    expect(Object.keys(stats)).toEqual([
      'club',
      'asOf',
      'computedThrough',
      'headline',
      'atRisk',
      'newContributorsByMonth',
      'dealsByQuarter',
      'dealsByIntroducer',
      'activation',
      'cohorts',
      'referralConversion',
    ]);
    expect(stats.club).toEqual({ slug: 'tea', timezone: 'Asia/Shanghai' });
    expect(stats.headline).toEqual({
      day: '2026-05-10',
      members: 1,
      contributors30: 1,
      contributors90: 1,
      contributorShare30: 1,
      contributorShare90: 1,
      takers30: 0,
      silent30: 0,
      newContributors30: 1,
    });
    // Each part is what the API's route returns for the same club (the routes answer the same use cases).
    const input = { actor: owner, communityId };
    const series = vitalitySeries.parse(wire(await core.getVitality({ ...input, days: 1 })));
    expect(stats.headline).toMatchObject(series.days[0] as object);
    const figures = vitalityFigures.parse(wire(await core.getVitalityFigures(input)));
    expect(stats.atRisk).toEqual(figures.atRisk);
    expect(stats.newContributorsByMonth).toEqual(figures.newContributorsByMonth);
    expect(stats.dealsByQuarter).toEqual([{ quarter: '2026-Q2', currency: 'USD', count: 1, amountMinor: 5000 }]);
    expect(stats.dealsByQuarter).toEqual(figures.dealsByQuarter);
    expect(stats.dealsByIntroducer).toEqual([
      { introducerId: null, introducerName: null, currency: 'USD', count: 1, amountMinor: 5000 },
    ]);
    expect(stats.dealsByIntroducer).toEqual(figures.dealsByIntroducer);
    expect(stats.activation).toEqual(figures.activation);
    expect(stats.activation).toEqual({ newMembers: 0, activated: 0, share: null });
    expect(stats.cohorts).toEqual(cohorts.parse(wire(await core.getCohorts(input))).cohorts);
    expect(stats.referralConversion).toEqual(referrals.parse(wire(await core.getReferrals(input))).funnel);
    expect(stats.referralConversion.direct).toMatchObject({ applied: 1, approved: 1, paid: 1 });
  });

  it('says when the daily figures are not computed yet, in the operator’s language', async () => {
    const { system } = await club();
    const out: string[] = [];
    await statsCommand(system, { community: 'tea', json: false }, (l) => out.push(l), 'zh-CN');
    expect(out[0]).toBe('tea：每日数据尚未计算（后台任务每小时计算一次）。');
    expect(out[1]).toBe('流失风险：0 位核心贡献者已沉默；0 位会员将在 30 天内续费但毫无参与。');
    const json: string[] = [];
    await statsCommand(system, { community: 'tea', json: true }, (l) => json.push(l), 'en');
    expect(JSON.parse(json[0] as string)).toMatchObject({ headline: null, computedThrough: null });
  });

  it('names an unknown club', async () => {
    const { system } = await club();
    await expect(statsCommand(system, { community: 'nope', json: true }, () => {}, 'en')).rejects.toThrow(
      'No club "nope"',
    );
  });
});
