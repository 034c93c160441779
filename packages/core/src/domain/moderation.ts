export type CaseKind = 'flooding' | 'advertising' | 'report' | 'other';
export type CaseStatus = 'open' | 'upheld' | 'dismissed' | 'appealed';

/** A breach or a report under moderator review; an upheld case counts as a strike. */
export interface ModerationCase {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string | null;
  readonly reporterId: string | null;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly platform: string | null;
  readonly channelId: string | null;
  readonly messageId: string | null;
  readonly excerpt: string;
  readonly reason: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly appeal: string | null;
  readonly createdAt: Date;
}
