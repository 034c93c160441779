import {
  COUPON_KINDS,
  COUPON_SCOPES,
  type Coupon,
  type CouponKind,
  type CouponScope,
  normalizeCouponCode,
} from '../domain/pricing.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';

export interface CreateCouponInput {
  readonly actor: Actor;
  readonly communityId: string;
  readonly code: string;
  readonly kind: CouponKind;
  /** Percent (1-100) or an amount in minor units of the fee currency. */
  readonly value: number;
  readonly appliesTo: CouponScope;
  readonly maxUses: number | null;
  readonly expiresAt: Date | null;
}

const invalid = (en: string, zh: string) => new DomainError('coupon.invalid', { reason: { en, 'zh-CN': zh } });

/** An owner creates a coupon code; codes are unique per club, compared without case. */
export async function createCoupon(
  deps: Uow<'audit' | 'billing' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: CreateCouponInput,
): Promise<Coupon> {
  requireRole(input.actor, input.communityId, ['owner']);
  const code = normalizeCouponCode(String(input.code ?? ''));
  if (!/^[A-Z0-9_-]{3,32}$/.test(code)) {
    throw invalid('the code needs 3 to 32 letters, digits, - or _', '优惠码需为 3 到 32 个字母、数字、- 或 _');
  }
  if (!COUPON_KINDS.includes(input.kind)) throw invalid('the kind is percent or fixed', '类型只能是百分比或固定金额');
  if (!COUPON_SCOPES.includes(input.appliesTo)) throw invalid('it applies to any, join or renewal', '适用范围无效');
  if (!Number.isSafeInteger(input.value) || input.value <= 0) {
    throw invalid('the discount must be a positive whole number', '优惠额度必须是正整数');
  }
  if (input.kind === 'percent' && input.value > 100) throw invalid('a percentage is at most 100', '百分比最多为 100');
  if (input.maxUses !== null && (!Number.isSafeInteger(input.maxUses) || input.maxUses < 1)) {
    throw invalid('the usage limit must be at least 1, or empty for no limit', '使用次数上限至少为 1，留空表示不限');
  }
  const now = deps.clock.now();
  if (input.expiresAt !== null && !(input.expiresAt.getTime() > now.getTime())) {
    throw invalid('the expiry must be in the future', '过期时间必须晚于现在');
  }
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    if (input.kind === 'fixed' && input.value >= community.settings.fee.amountMinor) {
      throw invalid('a fixed discount must be below the joining fee', '固定优惠金额必须低于入会费');
    }
    const coupon: Coupon = {
      id: deps.ids.id(),
      communityId: community.id,
      code,
      kind: input.kind,
      value: input.value,
      appliesTo: input.appliesTo,
      maxUses: input.maxUses,
      usedCount: 0,
      expiresAt: input.expiresAt,
      createdBy: actorId(input.actor),
      createdAt: now,
    };
    if (await repos.billing.findCoupon(community.id, code)) throw new DomainError('coupon.code_taken', { code });
    // A race with the same code ends in the unit of work's unique violation (409).
    await repos.billing.addCoupon(coupon);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'coupon.create',
      targetType: 'community',
      targetId: community.id,
      before: null,
      after: { code, kind: coupon.kind, value: coupon.value, appliesTo: coupon.appliesTo, maxUses: coupon.maxUses },
    });
    return coupon;
  });
}
