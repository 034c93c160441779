/** One way a need is met: the needer's words, the offerer's words, and the concepts that linked them. */
export interface ReasonLink {
  /** The needer's phrase, as they wrote it ("跨境物流"). */
  readonly need: string;
  /** The offerer's phrase ("Southeast Asia freight forwarding"). */
  readonly offer: string;
  /** Vocabulary concept ids; null when the two phrases matched on shared words only. */
  readonly needConcept: string | null;
  readonly offerConcept: string | null;
}

/**
 * Why two members were suggested to each other, from one member's point of view ("you" and "they").
 * It is data, not text, so it can be stored once per pair and rendered in each reader's language.
 */
export interface MatchReason {
  readonly v: 1;
  /** Their offers that meet your needs. */
  readonly theyOffer: readonly ReasonLink[];
  /** Your offers that meet their needs. */
  readonly youOffer: readonly ReasonLink[];
  /** The place you share: a region id of the shipped gazetteer, or the region text you both gave. */
  readonly sameRegion: { readonly id: string | null; readonly text: string } | null;
  /** Your industry and theirs (concept ids), when they do business with each other. */
  readonly industries: { readonly yours: string; readonly theirs: string } | null;
  /** They were active in the last week. */
  readonly recentlyActive: boolean;
}

/** The same reason from the other member's point of view. */
export function flipReason(reason: MatchReason): MatchReason {
  return {
    ...reason,
    theyOffer: reason.youOffer,
    youOffer: reason.theyOffer,
    industries: reason.industries ? { yours: reason.industries.theirs, theirs: reason.industries.yours } : null,
  };
}

/** Serialises a reason for storage (e.g. the `reason` column of an introduction). */
export function encodeReason(reason: MatchReason): string {
  return JSON.stringify(reason);
}

function isLink(value: unknown): value is ReasonLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    typeof link.need === 'string' &&
    typeof link.offer === 'string' &&
    (link.needConcept === null || typeof link.needConcept === 'string') &&
    (link.offerConcept === null || typeof link.offerConcept === 'string')
  );
}

/** Reads a stored reason; null when the text is not one (older rows may hold plain text). */
export function decodeReason(text: string): MatchReason | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.v !== 1 || !Array.isArray(r.theyOffer) || !Array.isArray(r.youOffer)) return null;
  if (!r.theyOffer.every(isLink) || !r.youOffer.every(isLink)) return null;
  const region = r.sameRegion as MatchReason['sameRegion'] | undefined;
  const industries = r.industries as MatchReason['industries'] | undefined;
  return {
    v: 1,
    theyOffer: r.theyOffer,
    youOffer: r.youOffer,
    sameRegion:
      region && typeof region.text === 'string' && (region.id === null || typeof region.id === 'string')
        ? region
        : null,
    industries:
      industries && typeof industries.yours === 'string' && typeof industries.theirs === 'string' ? industries : null,
    recentlyActive: r.recentlyActive === true,
  };
}
