import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

async function setup() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    { name: '李雷' },
    { name: 'Mod Ma', roles: ['moderator'] },
    { name: 'Lapsed Lu', membership: 'lapsed' },
  ]);
  const [member, moderator, lapsed] = club.members;
  return { ports, core, communityId: club.community.id, member: member!, moderator: moderator!, lapsed: lapsed! };
}

describe('supplier vetting flow', () => {
  it('takes a recommendation as pending, shows it once vetted, and credits the recommender', async () => {
    const { core, ports, communityId, member, moderator } = await setup();
    const recommended = await core.recommendSupplier({
      actor: member.actor,
      communityId,
      name: 'Blue Ocean Logistics',
      categories: 'freight forwarding, customs clearance',
      region: 'Shenzhen',
      contact: 'ops@blueocean.example',
      description: 'DDP shipping to Southeast Asia',
    });
    expect(recommended).toMatchObject({
      status: 'pending',
      recommendedBy: member.id,
      categories: ['freight forwarding', 'customs clearance'],
    });
    expect(await core.searchSuppliers({ actor: member.actor, communityId, query: '货代' })).toEqual([]);
    expect(
      (await core.listSuppliers({ actor: moderator.actor, communityId, status: 'pending' })).items.map((s) => s.id),
    ).toEqual([recommended.id]);

    await expect(
      core.vetSupplier({ actor: member.actor, communityId, supplierId: recommended.id, decision: 'vetted' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    const vetted = await core.vetSupplier({
      actor: moderator.actor,
      communityId,
      supplierId: recommended.id,
      decision: 'vetted',
      notes: 'Used by three members',
    });
    expect(vetted).toMatchObject({ status: 'vetted', vettingNotes: 'Used by three members' });

    // Found by category or words, in the other language too.
    for (const query of ['货代', '清关', 'freight', '东南亚', '']) {
      expect(
        (await core.searchSuppliers({ actor: member.actor, communityId, query })).map((s) => s.id),
        query,
      ).toEqual([recommended.id]);
    }
    expect(await core.searchSuppliers({ actor: member.actor, communityId, query: '律师' })).toEqual([]);
    const tips = (await ports.contributions.listForMember(communityId, member.id)).filter(
      (c) => c.kind === 'supplier_tip',
    );
    expect(tips).toHaveLength(1);
    const audit = await ports.audit.list(communityId, { action: 'supplier.vet' }, { limit: 10, offset: 0 });
    expect(audit.items[0]).toMatchObject({ targetId: recommended.id, after: { status: 'vetted' } });
  });

  it('rejects with notes, hides rejected suppliers, and refuses duplicates', async () => {
    const { core, communityId, member, moderator } = await setup();
    const supplier = await core.recommendSupplier({
      actor: member.actor,
      communityId,
      name: '快印通',
      categories: ['印刷'],
    });
    await expect(
      core.vetSupplier({ actor: moderator.actor, communityId, supplierId: supplier.id, decision: 'rejected' }),
    ).rejects.toMatchObject({ code: 'supplier.notes_required' });
    const rejected = await core.vetSupplier({
      actor: moderator.actor,
      communityId,
      supplierId: supplier.id,
      decision: 'rejected',
      notes: '多位会员反馈交期不稳定',
    });
    expect(rejected.status).toBe('rejected');
    expect(await core.searchSuppliers({ actor: member.actor, communityId, query: '印刷' })).toEqual([]);
    await expect(
      core.recommendSupplier({ actor: member.actor, communityId, name: ' 快印通 ', categories: ['printing'] }),
    ).rejects.toMatchObject({ code: 'supplier.already_listed' });
  });

  it('validates recommendations and who may use the directory', async () => {
    const { core, communityId, member, lapsed } = await setup();
    const recommend = (fields: Record<string, unknown>) =>
      core.recommendSupplier({
        actor: member.actor,
        communityId,
        name: 'Acme',
        categories: ['design'],
        ...fields,
      } as never);
    await expect(recommend({ name: '' })).rejects.toMatchObject({ code: 'validation.required' });
    await expect(recommend({ categories: [] })).rejects.toMatchObject({ code: 'validation.required' });
    await expect(recommend({ categories: Array.from({ length: 11 }, (_, i) => `c${i}`) })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
    await expect(recommend({ description: 'x'.repeat(2001) })).rejects.toMatchObject({ code: 'validation.too_long' });
    await expect(recommend({ description: 'Bitcoin mining rigs', categories: ['crypto'] })).rejects.toMatchObject({
      code: 'content.excluded',
    });
    await expect(core.searchSuppliers({ actor: lapsed.actor, communityId })).rejects.toMatchObject({
      code: 'membership.expired',
    });
    await expect(
      core.recommendSupplier({ actor: lapsed.actor, communityId, name: 'Acme', categories: ['design'] }),
    ).rejects.toMatchObject({ code: 'membership.expired' });
  });
});
