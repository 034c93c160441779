import type { Ports, Uow } from '../ports/ports.js';
import { carryOutErasure } from './carry-out-erasure.js';

/**
 * The reconcile of erasures: carries out every pending request whose cooling-off is over, so one whose job was
 * lost (Redis down when it was requested) still runs. Reads a page at a time.
 */
export async function eraseDueMembers(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'members' | 'privacy'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'> &
    Partial<Pick<Ports, 'recentMessages'>>,
  input: { readonly pageSize?: number } = {},
): Promise<{ erased: number }> {
  let erased = 0;
  for (;;) {
    const due = await deps.uow.run((repos) => repos.privacy.dueErasures(deps.clock.now(), input.pageSize ?? 50));
    let progressed = 0;
    for (const request of due) {
      const outcome = await carryOutErasure(deps, { communityId: request.communityId, requestId: request.id });
      if (outcome === 'erased') erased += 1;
      if (outcome !== 'not_due') progressed += 1;
    }
    if (due.length === 0 || progressed === 0) return { erased };
  }
}
