export const CONTRIBUTION_KINDS = [
  'answer',
  'intro',
  'deal',
  'lesson',
  'supplier_tip',
  'referral',
  'faq',
  'library',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Something a member gave others; vitality counts members with contributions, not headcount. */
export interface Contribution {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly kind: ContributionKind;
  /** The thing contributed (question id, intro id...), so the same act is never counted twice. */
  readonly sourceId: string;
  readonly points: number;
  readonly at: Date;
}

/** One member's contributions over a period, summed. */
export interface ContributionTotal {
  readonly memberId: string;
  readonly points: number;
  /** How many contributions make up the points. */
  readonly count: number;
}
