import type { Community } from '../domain/community.js';
import { type PricingSettings, pricingOf, REFUND_ACCESS_POLICIES } from '../domain/pricing.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';

const invalid = (en: string, zh: string) => new DomainError('pricing.invalid', { reason: { en, 'zh-CN': zh } });

function positiveAmount(value: unknown, en: string, zh: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(`${en} must be a positive amount`, `${zh}必须是正数金额`);
  }
  return value;
}

/**
 * Owners set the renewal price, an early-bird renewal price and what a full refund does to access. Every price is
 * in the fee currency; the early-bird price must be below the renewal price, or it would never apply.
 */
export async function updatePricing(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly pricing: PricingSettings },
): Promise<Community> {
  requireRole(input.actor, input.communityId, ['owner']);
  const p = input.pricing;
  const renewal =
    p.renewalAmountMinor === null ? null : positiveAmount(p.renewalAmountMinor, 'The renewal price', '续费价');
  let earlyBird: PricingSettings['earlyBird'] = null;
  if (p.earlyBird) {
    const amountMinor = positiveAmount(p.earlyBird.amountMinor, 'The early-bird price', '早鸟价');
    const days = p.earlyBird.daysBeforeEnd;
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      throw invalid('the early-bird days must be a whole number from 1 to 365', '早鸟天数必须是 1 到 365 之间的整数');
    }
    earlyBird = { amountMinor, daysBeforeEnd: days };
  }
  if (p.strictAccess !== undefined && typeof p.strictAccess !== 'boolean') {
    throw invalid('strict access must be true or false', '严格模式必须是开或关');
  }
  if (!REFUND_ACCESS_POLICIES.includes(p.refundAccess)) {
    throw invalid(`refund access must be one of ${REFUND_ACCESS_POLICIES.join(', ')}`, '退款后的会籍处理方式无效');
  }
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const fee = community.settings.fee.amountMinor;
    if (renewal !== null && renewal > fee * 20) {
      throw invalid('the renewal price is far above the joining fee', '续费价远高于入会费');
    }
    if (earlyBird && earlyBird.amountMinor >= (renewal ?? fee)) {
      throw invalid('the early-bird price must be below the renewal price', '早鸟价必须低于续费价');
    }
    const pricing: PricingSettings = {
      renewalAmountMinor: renewal,
      earlyBird,
      refundAccess: p.refundAccess,
      // Absent: unchanged (the pricing form and the access check card each set their own part).
      strictAccess: p.strictAccess ?? pricingOf(community.settings).strictAccess === true,
    };
    const settings = { ...community.settings, pricing };
    await repos.communities.updateSettings(community.id, settings);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'pricing.update',
      targetType: 'community',
      targetId: community.id,
      before: pricingOf(community.settings),
      after: pricing,
    });
    return { ...community, settings };
  });
}
