import type { Payment } from '../domain/payment.js';
import { pageRequest } from '../ports/page.js';
import type { MonthlyPaymentTotal } from '../ports/payment.repository.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { decodeCursor, encodeCursor } from '../rules/keyset-cursor.js';
import { loadCommunity } from '../rules/load.js';

export interface ClubPayment extends Payment {
  readonly memberName: string;
}

/**
 * The club's payments for owners, newest payment date first, one keyset page at a time, with totals per month
 * (club time) and currency computed in the database.
 */
export async function listClubPayments(
  deps: Uow<'communities' | 'members' | 'payments'> & Pick<Ports, never>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly after?: string | null;
    readonly limit?: number;
    /** Leave out the totals (the CSV export pages through without them). */
    readonly withTotals?: boolean;
  },
): Promise<{
  readonly items: readonly ClubPayment[];
  readonly nextCursor: string | null;
  readonly totals: readonly MonthlyPaymentTotal[];
}> {
  requireRole(input.actor, input.communityId, ['owner']);
  const after = input.after ? decodeCursor(input.after) : null;
  const { limit } = pageRequest(input.limit ?? 50);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const payments = await repos.payments.listForClub(community.id, { after, limit });
    const members = await repos.members.getMany(community.id, [...new Set(payments.map((p) => p.memberId))]);
    const names = new Map(members.map((m) => [m.id, m.displayName]));
    const last = payments.at(-1);
    return {
      items: payments.map((p) => ({ ...p, memberName: names.get(p.memberId) ?? '—' })),
      nextCursor: last && payments.length === limit ? encodeCursor({ at: last.paidAt, id: last.id }) : null,
      totals:
        input.withTotals === false ? [] : await repos.payments.monthlyTotals(community.id, community.settings.timezone),
    };
  });
}
