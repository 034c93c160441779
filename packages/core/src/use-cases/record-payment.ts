import { addMonths, type MembershipPeriod, membershipState, nextPeriodStart } from '../domain/membership.js';
import { formatMoney, normalizeCurrency } from '../domain/money.js';
import type { Payment, PaymentMethod } from '../domain/payment.js';
import { PAYMENT_METHODS } from '../domain/payment.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { syncMemberAccess } from './sync-member-access.js';

export interface RecordPaymentInput {
  readonly actor: Actor;
  readonly communityId: string;
  /** Pay for an approved application (first year) ... */
  readonly applicationId?: string;
  /** ... or for a member's renewal. */
  readonly memberId?: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly method: PaymentMethod;
  readonly reference: string;
  readonly paidAt?: Date;
}

/** A payment more than this many times the fee is refused as a typo. */
const ABSURD_FACTOR = 20;

/**
 * Records money received and adds a membership period: from today for a new member, from the old end
 * for a renewal (see nextPeriodStart). Then gives the member their roles on every platform.
 */
export async function recordPayment(
  deps: Pick<Ports, 'uow' | 'clock' | 'ids' | 'roleSync'>,
  input: RecordPaymentInput,
): Promise<{ payment: Payment; period: MembershipPeriod }> {
  requireRole(input.actor, input.communityId, ['owner']);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
    throw new DomainError('payment.invalid_amount');
  const currency = normalizeCurrency(input.currency);
  if (!PAYMENT_METHODS.includes(input.method)) {
    throw new DomainError('validation.invalid', { field: 'method', reason: PAYMENT_METHODS.join(', ') });
  }
  const reference = cleanText(input.reference, 'reference', 120, { required: true });
  const now = deps.clock.now();
  const result = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const { settings } = community;
    if (!settings.acceptedCurrencies.includes(currency))
      throw new DomainError('payment.currency_not_accepted', { currency });
    if (currency === settings.fee.currency && input.amountMinor > settings.fee.amountMinor * ABSURD_FACTOR) {
      throw new DomainError('payment.absurd_amount', {
        amount: formatMoney({ amountMinor: input.amountMinor, currency }).split(' ')[0],
        currency,
      });
    }
    let memberId = input.memberId ?? null;
    if (input.applicationId) {
      const application = await repos.applications.get(community.id, input.applicationId);
      if (!application) throw new DomainError('application.not_found', { applicationId: input.applicationId });
      if (application.status !== 'approved' || !application.memberId) {
        throw new DomainError('payment.application_not_approved', { status: application.status });
      }
      memberId = application.memberId;
    }
    if (!memberId) throw new DomainError('validation.required', { field: 'member' });
    const member = await loadMember(repos, community.id, memberId);
    if (await repos.payments.findByReference(community.id, reference)) {
      throw new DomainError('payment.duplicate_reference', { reference });
    }
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, settings);
    const startsAt = nextPeriodStart(state, now);
    const payment: Payment = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      applicationId: input.applicationId ?? null,
      amountMinor: input.amountMinor,
      currency,
      method: input.method,
      reference,
      paidAt: input.paidAt ?? now,
      recordedBy: actorId(input.actor),
      createdAt: now,
    };
    const period: MembershipPeriod = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      startsAt,
      endsAt: addMonths(startsAt, settings.membershipMonths, settings.timezone),
      kind: periods.length === 0 ? 'initial' : 'renewal',
      paymentId: payment.id,
      createdAt: now,
    };
    await repos.payments.add(payment);
    await repos.memberships.add(period);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'payment.record',
      targetType: 'member',
      targetId: member.id,
      before: { status: state.status, endsAt: state.endsAt },
      after: { paymentId: payment.id, amountMinor: payment.amountMinor, currency, startsAt, endsAt: period.endsAt },
    });
    return { payment, period };
  });
  // Roles follow the committed state; a failure here is repaired by the next access sync, not rolled back.
  await syncMemberAccess(deps, { communityId: input.communityId, memberId: result.payment.memberId });
  return result;
}
