import { paymentReceiptKey, receiptMessage } from '../domain/receipt.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { getPaymentReceipt } from './get-payment-receipt.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

/**
 * Sends a payment's receipt by DM, in the member's language, at most once (delivery key
 * `payment-receipt:<payment>`). The `payment.receipt` job runs it behind the receipt the payment sends at once:
 * when that went out it sends nothing; a passing failure is thrown so the job retries; a permanent one (DMs
 * closed, no linked account) is recorded and returned, and the receipt stays in `/me` and the panel.
 */
export async function deliverPaymentReceipt(
  deps: Uow<'accounts' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships' | 'payments'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly paymentId: string },
): Promise<NotifyResult> {
  const receipt = await getPaymentReceipt(deps, {
    actor: systemActor(input.communityId, 'receipts'),
    communityId: input.communityId,
    paymentId: input.paymentId,
  });
  const { locale, ...data } = receipt;
  return notifyMember(deps, {
    communityId: input.communityId,
    memberId: receipt.payment.memberId,
    key: paymentReceiptKey(input.paymentId),
    kind: 'payment.receipt',
    message: () => receiptMessage(data, locale),
  });
}
