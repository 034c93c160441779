import { expect, it } from 'vitest';
import { randomIds } from '../../../ports/ids.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: memberships and payments. */
export function membershipSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('memberships, payments and big amounts', async () => {
    const { repos } = scope;
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
    expect((await repos.memberships.listForMember(c, m.id)).map((p) => p.endsAt)).toEqual([at(100), at(300), at(200)]);
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
    // Only the ends in (after, upTo], earliest first; the end moved by endPeriod counts where it is now.
    expect(await repos.memberships.latestEndsBetween(c, at(50), at(150))).toEqual([
      { memberId: m.id, endsAt: at(150) },
    ]);
    expect(await repos.memberships.latestEndsBetween(c, at(49), at(150))).toEqual([
      { memberId: n.id, endsAt: at(50) },
      { memberId: m.id, endsAt: at(150) },
    ]);
    expect(await repos.memberships.latestEndsBetween(c, at(150), at(1000))).toEqual([]);
    expect(await repos.memberships.latestEndsBetween('not-a-uuid', at(0), at(1000))).toEqual([]);

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
    await expect(repos.payments.add({ ...payment, id: randomIds.id() })).rejects.toThrow('unique violation: reference');
    await expect(repos.payments.add({ ...payment, reference: 'ref-2' })).rejects.toThrow('unique violation: id');
    await repos.payments.add({ ...payment, id: randomIds.id(), reference: 'ref-0', paidAt: at(5) });
    expect(await repos.payments.findByReference(c, 'ref-1')).toEqual(payment);
    expect(await repos.payments.findByReference(await club(), 'ref-1')).toBeNull();
    expect((await repos.payments.listForMember(c, m.id)).map((p) => p.reference)).toEqual(['ref-0', 'ref-1']);
  });
}
