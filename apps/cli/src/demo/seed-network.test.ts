import { createCore } from '@snowball/core';
import { createNetworkClub, createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { demoPeople } from './demo-people.js';
import { seedNetwork } from './seed-network.js';

describe('seedNetwork', () => {
  it('leaves a club with vetted suppliers, reasoned introductions, a decline and two deals', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-05-04T02:00:00Z');
    const club = await createNetworkClub(
      ports,
      demoPeople.slice(0, 16).map((p) => ({
        name: p.name,
        locale: p.locale,
        profile: { industry: p.industry, region: p.region, skills: p.skills, offers: p.offers, needs: p.needs },
      })),
    );
    const communityId = club.community.id;
    const ownerId = club.owner.kind === 'member' ? club.owner.memberId : '';

    const result = await seedNetwork(ports, club.community, ownerId);
    expect(result).toMatchObject({ introduced: 4, declined: 1, deals: 2 });

    const vetted = await ports.suppliers.list(communityId, 'vetted');
    expect(vetted.map((s) => s.name)).toEqual(
      expect.arrayContaining(['顺达国际货代 Shunda Freight', 'Harbour & Lin Law Firm', 'Lightbox Photo Studio']),
    );
    expect(vetted).toHaveLength(5);
    expect(vetted.every((s) => s.endorsements > 0 && s.vettingNotes)).toBe(true);
    expect(await ports.suppliers.list(communityId, 'pending')).toHaveLength(1);

    const intros = await ports.introductions.listForCommunity(communityId);
    const introduced = intros.filter((i) => i.status === 'introduced');
    expect(introduced.length).toBeGreaterThanOrEqual(1);
    expect(introduced.every((i) => i.reason.length > 0 && i.roundId !== null)).toBe(true);
    expect(intros.filter((i) => i.status === 'declined')).toHaveLength(1);

    const core = createCore(ports);
    const deals = await core.getDealSummary({ actor: club.owner, communityId });
    expect(deals.deals.total).toBe(2);
    expect(deals.deals.items.filter((d) => d.confirmed)).toHaveLength(1);
    expect(deals.totals.map((t) => t.currency)).toEqual(['CNY', 'USD']);
    // The funnel the dashboard shows: every step of the demo round in its month.
    const funnel = await core.getIntroFunnel({ actor: club.owner, communityId, months: 1 });
    expect(funnel.months[0]).toMatchObject({ accepted: 4, met: 3, deals: 2 });
    expect(funnel.months[0]?.value.map((v) => v.currency)).toEqual(['CNY', 'USD']);

    ports.clock.set('2026-05-04T03:00:00Z');
    const dashboard = await core.getDashboard({ actor: club.owner, communityId });
    expect(dashboard.vitality.contributors).toBeGreaterThan(0);
    expect(dashboard.introductions).toMatchObject({ made: 4, declined: 1 });
    expect(dashboard.deals.count).toBe(2);
  });
});
