/** Business domains; industries are compared by group for the complementary-industry bonus. */
export const CONCEPT_GROUPS = [
  'logistics',
  'trade',
  'supply',
  'manufacturing',
  'materials',
  'packaging',
  'hardware',
  'ecommerce',
  'payments',
  'legal',
  'finance',
  'capital',
  'marketing',
  'media',
  'design',
  'software',
  'ai',
  'hr',
  'operations',
  'overseas',
  'retail',
  'realestate',
  'education',
  'healthcare',
  'food',
  'consumer',
  'energy',
  'auto',
  'agriculture',
  'travel',
  'events',
  'language',
  'consulting',
  'blocked',
] as const;
export type ConceptGroup = (typeof CONCEPT_GROUPS)[number];

/** One business idea with its Chinese and English wordings and what serves it. */
export interface ConceptDefinition {
  /** Stable id, used in stored reasons: `cross-border-logistics`. */
  readonly id: string;
  readonly group: ConceptGroup;
  /** Chinese wordings; the first is the label shown to people. */
  readonly zh: readonly string[];
  /** English wordings; the first is the label shown to people. */
  readonly en: readonly string[];
  /** A more general concept: a need for the broader one is met by an offer of this one. */
  readonly broader?: string;
  /** Offers that meet a need for this concept (besides the concept itself and narrower ones). */
  readonly servedBy?: readonly string[];
  /** Generic or geographic concepts count less than specific services (default 1). */
  readonly weight?: number;
  /** Things the club refuses (crypto, MLM): a phrase mentioning one is never matched. */
  readonly blocked?: boolean;
  /**
   * A place or a sector that usually qualifies a service ("influencer marketing *in the US*", "testing *for
   * electronics*"): it counts fully on its own, but little beside a service in the same phrase.
   */
  readonly qualifier?: boolean;
}

/** Compact authoring: wordings are `|`-separated. */
export function concept(
  id: string,
  group: ConceptGroup,
  zh: string,
  en: string,
  extra: Pick<ConceptDefinition, 'broader' | 'servedBy' | 'weight' | 'blocked' | 'qualifier'> = {},
): ConceptDefinition {
  const split = (s: string) =>
    s
      .split('|')
      .map((x) => x.trim())
      .filter(Boolean);
  return { id, group, zh: split(zh), en: split(en), ...extra };
}
