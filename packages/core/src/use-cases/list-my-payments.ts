import type { Payment } from '../domain/payment.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity, loadMember } from '../rules/load.js';

/** A member's own payments, newest first (one or two a year), for the receipts in `/me`. */
export async function listMyPayments(
  deps: Uow<'communities' | 'members' | 'payments'> & Pick<Ports, never>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<readonly Payment[]> {
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const payments = await repos.payments.listForMember(community.id, member.id);
    return payments.reverse();
  });
}
