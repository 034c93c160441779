/** One staff action: who, what, when, and the record before and after. */
export interface AuditEntry {
  readonly id: string;
  readonly communityId: string;
  readonly actorId: string | null;
  readonly actorLabel: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: Date;
}
