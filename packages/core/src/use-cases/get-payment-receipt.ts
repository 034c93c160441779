import { communityName } from '../domain/community.js';
import type { ReceiptData } from '../domain/receipt.js';
import { DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/**
 * A payment's receipt: for the member who paid, or for an owner. The period is the one the payment bought; the
 * discounts are those of its online checkout (manual payments keep theirs in the audit log).
 */
export async function getPaymentReceipt(
  deps: Uow<'billing' | 'communities' | 'members' | 'memberships' | 'payments'> & Pick<Ports, never>,
  input: { readonly actor: Actor; readonly communityId: string; readonly paymentId: string },
): Promise<ReceiptData & { readonly locale: Locale }> {
  const payerOnly = actorId(input.actor);
  if (input.actor.communityId !== input.communityId) throw new DomainError('auth.forbidden');
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const payment = await repos.payments.get(community.id, input.paymentId);
    if (!payment) throw new DomainError('payment.not_found');
    if (payment.memberId !== payerOnly) requireRole(input.actor, input.communityId, ['owner']);
    const member = await repos.members.get(community.id, payment.memberId);
    const periods = await repos.memberships.listForMember(community.id, payment.memberId);
    const period = periods.find((p) => p.paymentId === payment.id) ?? null;
    const checkout =
      payment.method === 'stripe' ? await repos.billing.findCheckoutByPaymentReference(payment.reference) : null;
    const locale = member?.locale ?? community.settings.defaultLocale;
    return {
      locale,
      clubName: communityName(community, locale),
      memberName: member?.displayName ?? '—',
      payment,
      period: period ? { startsAt: period.startsAt, endsAt: period.endsAt } : null,
      discounts: checkout?.discounts ?? [],
      timezone: member?.timezone ?? community.settings.timezone,
    };
  });
}
