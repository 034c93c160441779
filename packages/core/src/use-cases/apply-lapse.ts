import { paymentInstructionsFor } from '../domain/community.js';
import { membershipState } from '../domain/membership.js';
import { formatMoney } from '../domain/money.js';
import { renewalNoticeKey } from '../domain/renewal.js';
import { notificationText } from '../i18n/notification-messages.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { MEMBERSHIP_END_ACTION } from './end-membership.js';
import { type NotifyResult, notifyMember } from './notify-member.js';
import { type AccessSyncResult, syncMemberAccess } from './sync-member-access.js';

export interface ApplyLapseResult {
  readonly status: 'lapsed' | 'skipped';
  /**
   * Why nothing was done: the member renewed (or was extended) in time, is gone, or an owner ended the
   * membership by hand (endMembership already revoked access; a "renew to come back" message would be wrong).
   */
  readonly reason: 'not_lapsed' | 'member_gone' | 'ended_by_staff' | null;
  readonly access: AccessSyncResult | null;
  readonly notice: NotifyResult | null;
}

/**
 * Runs one `renewal.lapse` job (data `{ communityId, memberId }`): if the membership is really lapsed now,
 * removes the member role / channels on every platform (syncMemberAccess), records one audit entry by the
 * system per lapse, and tells the member once how to come back. Paying again (recordPayment) restores access.
 * Safe to run again: access is re-synced, the audit entry and the message are not repeated.
 */
export async function applyLapse(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'memberships'> &
    Pick<Ports, 'clock' | 'ids' | 'roleSync' | 'messenger'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<ApplyLapseResult> {
  const now = deps.clock.now();
  const checked = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const member = community ? await repos.members.get(community.id, input.memberId) : null;
    if (!community || !member || member.deletedAt) return 'member_gone' as const;
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, community.settings);
    if (state.status !== 'lapsed' || !state.endsAt) return 'not_lapsed' as const;
    const endsAtText = state.endsAt.toISOString();
    const ended = await repos.audit.list(
      community.id,
      { action: MEMBERSHIP_END_ACTION, targetId: member.id },
      pageRequest(100),
    );
    if (ended.items.some((e) => (e.after as { endsAt?: unknown } | null)?.endsAt === endsAtText)) {
      return 'ended_by_staff' as const;
    }
    return { community, endsAt: state.endsAt, graceEndsAt: state.graceEndsAt };
  });
  if (typeof checked === 'string') return { status: 'skipped', reason: checked, access: null, notice: null };
  const { community, endsAt, graceEndsAt } = checked;

  const access = await syncMemberAccess(deps, { communityId: community.id, memberId: input.memberId });
  await deps.uow.run(async (repos) => {
    const previous = await repos.audit.list(
      community.id,
      { action: 'membership.lapse', targetId: input.memberId },
      pageRequest(100),
    );
    // Dates are stored as ISO text so the comparison reads the same from memory and from a jsonb column.
    const endsAtText = endsAt.toISOString();
    if (previous.items.some((e) => (e.after as { endsAt?: unknown } | null)?.endsAt === endsAtText)) return;
    await writeAudit(repos, deps, {
      actor: systemActor(community.id, 'renewals'),
      action: 'membership.lapse',
      targetType: 'member',
      targetId: input.memberId,
      before: { status: 'grace' },
      after: { status: 'lapsed', endsAt: endsAtText, graceEndsAt: graceEndsAt?.toISOString() ?? null },
    });
  });
  const fee = community.settings.fee;
  const notice = await notifyMember(deps, {
    communityId: community.id,
    memberId: input.memberId,
    key: renewalNoticeKey('lapse', input.memberId, endsAt),
    kind: 'renewal.lapsed',
    message: ({ locale }) => ({
      title: notificationText(locale, 'renewal.lapsed.title'),
      text: notificationText(locale, 'renewal.lapsed.text', { fee: formatMoney(fee, locale) }),
      fields: [
        {
          name: notificationText(locale, 'field.how_to_pay'),
          value: paymentInstructionsFor(community.settings, locale),
        },
      ],
    }),
  });
  return { status: 'lapsed', reason: null, access, notice };
}
