import { expect, it } from 'vitest';
import type { SemanticsScope } from './semantics-scope.js';

/** Repository semantics: units of work. */
export function unitOfWorkSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('units of work: nested runs join the outer one, which sees and rolls back everything', async () => {
    const { repos } = scope;
    const c = await club();
    const result = await repos.uow.run(async (outer) => {
      const m = await member(c, { handle: 'outer' }, outer);
      // Top-level repositories called inside a unit of work take part in it (and see its writes).
      const inner = await repos.uow.run(async (nested) => {
        await member(c, { handle: 'inner' }, nested);
        return (await repos.members.getByHandle(c, 'outer'))?.id;
      });
      expect(inner).toBe(m.id);
      return 'done';
    });
    expect(result).toBe('done');
    expect((await repos.members.listIds(c)).length).toBe(2);

    await expect(
      repos.uow.run(async (outer) => {
        await member(c, { handle: 'doomed-outer' }, outer);
        await repos.uow.run(async (nested) => {
          await member(c, { handle: 'doomed-inner' }, nested);
        });
        await expect(member(c, { handle: 'outer' }, outer)).rejects.toThrow('unique violation: handle');
        // A refused create leaves the transaction usable.
        await member(c, { handle: 'after-refusal' }, outer);
        expect(await outer.members.getByHandle(c, 'after-refusal')).not.toBeNull();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    for (const handle of ['doomed-outer', 'doomed-inner', 'after-refusal']) {
      expect(await repos.members.getByHandle(c, handle)).toBeNull();
    }
  });
}
