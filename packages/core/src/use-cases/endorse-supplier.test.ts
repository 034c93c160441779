import { describe, expect, it } from 'vitest';
import { figuresClub } from '../testing/figures-club.js';

describe('endorseSupplier', () => {
  it('counts each member once, only for vetted suppliers and members with access', async () => {
    const { core, communityId, member, club } = await figuresClub();
    const supplier = await core.recommendSupplier({
      actor: member(0).actor,
      communityId,
      name: '顺达货代 Shunda Freight',
      categories: ['货代', 'freight forwarding'],
    });
    const endorse = (who: number) =>
      core.endorseSupplier({ actor: member(who).actor, communityId, supplierId: supplier.id });
    await expect(endorse(1)).rejects.toMatchObject({ code: 'supplier.not_found' });
    await core.vetSupplier({ actor: club.owner, communityId, supplierId: supplier.id, decision: 'vetted' });

    const first = await endorse(1);
    expect([first.endorsed, first.supplier.endorsements]).toEqual([true, 1]);
    const again = await endorse(1);
    expect([again.endorsed, again.supplier.endorsements]).toEqual([false, 1]);
    expect((await endorse(2)).supplier.endorsements).toBe(2);
    await expect(endorse(5)).rejects.toMatchObject({ code: 'membership.expired' });
    await expect(
      core.endorseSupplier({
        actor: { kind: 'system', communityId, label: 'job' },
        communityId,
        supplierId: supplier.id,
      }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });

    const [listed] = await core.searchSuppliers({ actor: member(3).actor, communityId, query: '货代' });
    expect(listed?.endorsements).toBe(2);
  });
});
