import { expect, it } from 'vitest';
import { randomIds } from '../../../ports/ids.js';
import { pageRequest } from '../../../ports/page.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: audit. */
export function auditSemantics(scope: SemanticsScope): void {
  const { club } = scope;
  it('audit: jsonb before/after, filters, newest first with ties by id', async () => {
    const { repos } = scope;
    const c = await club();
    const actor = randomIds.id();
    const entry = (over: Record<string, unknown>) => ({
      id: randomIds.id(),
      communityId: c,
      actorId: null,
      actorLabel: 'system:test',
      action: 'a.one',
      targetType: 'member',
      targetId: 'target-1',
      before: null,
      after: null,
      at: at(1),
      ...over,
    });
    const dated = entry({ before: { endsAt: at(7), n: 1, list: ['x'] }, after: 'text', at: at(3) });
    const undef = entry({ before: undefined, after: { nested: { ok: true } }, actorId: actor });
    const twin = entry({ action: 'a.two', targetId: 'target-2' });
    for (const e of [dated, undef, twin]) await repos.audit.add(e);
    await expect(repos.audit.add(dated)).rejects.toThrow('unique violation: id');
    const all = await repos.audit.list(c, {}, pageRequest(10));
    expect(all.items.map((e) => e.id)).toEqual([dated.id, ...[undef.id, twin.id].sort(byId).reverse()]);
    expect(all.items[0]?.before).toEqual({ endsAt: at(7).toISOString(), n: 1, list: ['x'] });
    expect(all.items[0]?.after).toBe('text');
    expect(all.items.find((e) => e.id === undef.id)?.before).toBeNull();
    expect((await repos.audit.list(c, { action: 'a.two' }, pageRequest())).items.map((e) => e.id)).toEqual([twin.id]);
    expect((await repos.audit.list(c, { actorId: actor }, pageRequest())).total).toBe(1);
    expect((await repos.audit.list(c, { actorId: 'not-a-uuid' }, pageRequest())).total).toBe(0);
    expect((await repos.audit.list(c, { targetId: 'target-1', action: '' }, pageRequest())).total).toBe(2);
    expect((await repos.audit.list(c, {}, pageRequest(1, 2))).items.map((e) => e.id)).toEqual([all.items[2]?.id]);
  });
}
