/** One entry of the club FAQ (常见问题): an answered question, anonymised and edited by staff, with its answer. */
export interface FaqEntry {
  readonly id: string;
  readonly communityId: string;
  /** The member's question it came from (published with their consent); null for an entry staff wrote. */
  readonly questionId: string | null;
  readonly question: string;
  readonly answer: string;
  /** Who answered (a coach or a guest expert): publishing counts as their contribution. */
  readonly answeredBy: string | null;
  readonly publishedBy: string | null;
  readonly publishedAt: Date;
  readonly updatedAt: Date;
}

/** A search hit: the entry and how many of the search's keys it shares (higher is closer). */
export interface FaqHit {
  readonly entry: FaqEntry;
  readonly score: number;
}
