import { hasHan } from '../text/normalize.js';
import { REGIONS } from '../vocabulary/regions.js';
import { conceptLabel } from '../vocabulary/vocabulary.js';
import type { MatchReason, ReasonLink } from './match-reason.js';

/** The two languages every text a member sees exists in. */
export type ReasonLocale = 'zh-CN' | 'en';

const regionById = new Map(REGIONS.map((r) => [r.id, r]));

// A phrase in the other script gets the concept's label in the reader's language beside it,
// so a Chinese reader understands "freight forwarding" and an English reader "海外仓".
function quote(phrase: string, concept: string | null, locale: ReasonLocale): string {
  const foreign = locale === 'zh-CN' ? !hasHan(phrase) : hasHan(phrase);
  const gloss = foreign && concept ? conceptLabel(concept, locale) : null;
  if (locale === 'zh-CN') return gloss && gloss !== phrase ? `「${phrase}」（${gloss}）` : `「${phrase}」`;
  return gloss && gloss !== phrase ? `“${phrase}” (${gloss})` : `“${phrase}”`;
}

function linkText(link: ReasonLink, theyOffer: boolean, locale: ReasonLocale): string {
  const need = quote(link.need, link.needConcept, locale);
  const offer = quote(link.offer, link.offerConcept, locale);
  if (locale === 'zh-CN') {
    return theyOffer ? `你需要${need}— 对方提供${offer}` : `对方需要${need}— 你可以提供${offer}`;
  }
  return theyOffer ? `you need ${need} — they offer ${offer}` : `they need ${need} — you offer ${offer}`;
}

function regionLabel(region: NonNullable<MatchReason['sameRegion']>, locale: ReasonLocale): string {
  const known = region.id ? regionById.get(region.id) : undefined;
  if (!known) return region.text;
  return (locale === 'zh-CN' ? known.zh[0] : known.en[0]?.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())) ?? region.text;
}

/**
 * The reason as one line for a member: "你需要「跨境物流」— 对方提供「海外仓储配送」；同在深圳" or
 * "You need “cross-border logistics” — they offer “Southeast Asia freight forwarding”; both in Shenzhen".
 */
export function renderReason(reason: MatchReason, locale: ReasonLocale, maxLinks = 2): string {
  const parts = [
    ...reason.theyOffer.slice(0, maxLinks).map((l) => linkText(l, true, locale)),
    ...reason.youOffer.slice(0, maxLinks).map((l) => linkText(l, false, locale)),
  ];
  if (reason.sameRegion) {
    const label = regionLabel(reason.sameRegion, locale);
    parts.push(locale === 'zh-CN' ? `同在${label}` : `both in ${label}`);
  }
  if (reason.industries) {
    const yours = conceptLabel(reason.industries.yours, locale);
    const theirs = conceptLabel(reason.industries.theirs, locale);
    parts.push(
      locale === 'zh-CN' ? `行业互补（${yours} × ${theirs}）` : `complementary industries (${yours} × ${theirs})`,
    );
  }
  if (reason.recentlyActive) parts.push(locale === 'zh-CN' ? '对方近期活跃' : 'recently active');
  if (parts.length === 0) return locale === 'zh-CN' ? '资料相近' : 'Similar profiles';
  const text = parts.join(locale === 'zh-CN' ? '；' : '; ');
  return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
