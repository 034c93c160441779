import { expect, it } from 'vitest';
import type { Member } from '../../../domain/member.js';
import { randomIds } from '../../../ports/ids.js';
import { pageRequest } from '../../../ports/page.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: members. */
export function memberSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('members: unique handles, updates, email lookups, search and locale-free ordering', async () => {
    const { repos } = scope;
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

    // Where direct messages go round-trips; an empty choice reads back as none (every linked platform).
    await repos.members.update({ ...bob, notifyPlatforms: ['feishu', 'slack'] });
    expect((await repos.members.get(c, bob.id))?.notifyPlatforms).toEqual(['feishu', 'slack']);
    await repos.members.update({ ...bob, notifyPlatforms: [] });
    expect((await repos.members.get(c, bob.id))?.notifyPlatforms ?? null).toBeNull();
    await repos.members.update({ ...bob, notifyPlatforms: null });
    expect((await repos.members.get(c, bob.id))?.notifyPlatforms ?? null).toBeNull();

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

  it('members: a referral code is set once, unique in the club, found only for a current member', async () => {
    const { repos } = scope;
    const c = await club();
    const other = await club();
    const a = await member(c, { displayName: 'Ann', handle: 'ann' });
    const b = await member(c, { displayName: 'Ben', handle: 'ben' });
    const elsewhere = await member(other, { displayName: 'Eve', handle: 'eve' });
    expect(await repos.members.getReferralCode(c, a.id)).toBeNull();
    await repos.members.setReferralCode(c, a.id, 'ANNCODE2');
    // Set once: a second code does not replace the first.
    await repos.members.setReferralCode(c, a.id, 'OTHER234');
    expect(await repos.members.getReferralCode(c, a.id)).toBe('ANNCODE2');
    await expect(repos.members.setReferralCode(c, b.id, 'ANNCODE2')).rejects.toThrow('unique violation');
    expect(await repos.members.getReferralCode(c, b.id)).toBeNull();
    // Another club may hold the same code; lookups stay in their club.
    await repos.members.setReferralCode(other, elsewhere.id, 'ANNCODE2');
    expect((await repos.members.getByReferralCode(c, 'ANNCODE2'))?.id).toBe(a.id);
    expect((await repos.members.getByReferralCode(other, 'ANNCODE2'))?.id).toBe(elsewhere.id);
    expect(await repos.members.getByReferralCode(c, 'NOSUCH23')).toBeNull();
    await repos.members.update({ ...a, deletedAt: at(9) });
    expect(await repos.members.getByReferralCode(c, 'ANNCODE2')).toBeNull();
  });
}
