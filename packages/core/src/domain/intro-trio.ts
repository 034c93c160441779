import type { IntroAnswer, Introduction, IntroStatus } from './introduction.js';
import { orderedPair } from './introduction.js';

/**
 * A group introduction of three: three members who should meet together (one's need is best met by the two
 * others together, or staff proposed them). It is stored as the three pair introductions between them, sharing a
 * `groupId`, so each pair keeps what an introduction of two has (one introduction per pair ever, "we met", deals,
 * follow-ups); the three are answered, announced and closed together, and the funnel counts the group once.
 */
export interface IntroTrio {
  readonly groupId: string;
  readonly communityId: string;
  /** The three members, in the order they were proposed (the first is the one whose need the others meet). */
  readonly members: readonly [string, string, string];
  readonly answers: Readonly<Record<string, IntroAnswer>>;
  readonly status: IntroStatus;
  readonly reason: string;
  readonly introducedAt: Date | null;
  readonly createdAt: Date;
  /** The pair rows, as stored. */
  readonly pairs: readonly Introduction[];
}

/** The delivery key of one member's message about a group of three: `trio:<group>:<member>`, `trio-introduced:<group>:<member>`. */
export function trioDeliveryKey(stage: 'proposed' | 'introduced', groupId: string, memberId: string): string {
  return `${stage === 'proposed' ? 'trio' : 'trio-introduced'}:${groupId}:${memberId}`;
}

/** The delivery key of the one conversation with all three (`Messenger.introduce`). */
export function trioConversationKey(groupId: string): string {
  return `trio-group:${groupId}`;
}

/** The three pair introductions of a new group, all proposed and unanswered, sharing `groupId`. */
export function trioPairs(input: {
  readonly groupId: string;
  readonly communityId: string;
  readonly members: readonly [string, string, string];
  readonly ids: readonly [string, string, string];
  readonly score: number;
  /** The stored reason of each pair, from its `memberA`'s point of view (pairs are stored smaller id first). */
  readonly reason: (memberA: string, memberB: string) => string;
  readonly roundId: string | null;
  readonly now: Date;
}): Introduction[] {
  const [a, b, c] = input.members;
  const pairs: [string, string][] = [
    [a, b],
    [a, c],
    [b, c],
  ];
  return pairs.map(([x, y], i): Introduction => {
    const [memberA, memberB] = orderedPair(x, y);
    return {
      id: input.ids[i] as string,
      communityId: input.communityId,
      memberA,
      memberB,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: input.score,
      reason: input.reason(memberA, memberB),
      roundId: input.roundId,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      groupId: input.groupId,
      createdAt: input.now,
    };
  });
}

/**
 * The group as one thing, from its pair rows; null unless they are exactly the three pairs of three members.
 * `first` is the member proposed first (whose need the two others meet), when known.
 */
export function trioFromPairs(pairs: readonly Introduction[], first?: string): IntroTrio | null {
  if (pairs.length !== 3) return null;
  const groupId = pairs[0]?.groupId;
  if (!groupId || pairs.some((p) => p.groupId !== groupId)) return null;
  const answers: Record<string, IntroAnswer> = {};
  for (const p of pairs) {
    // A member's answer is kept the same on both of their pairs; a decided answer wins over a pending one.
    for (const [member, answer] of [
      [p.memberA, p.answerA],
      [p.memberB, p.answerB],
    ] as const) {
      const known = answers[member];
      if (!known || known === 'pending' || (known === 'snoozed' && answer !== 'pending')) answers[member] = answer;
    }
  }
  const ids = Object.keys(answers).sort();
  if (ids.length !== 3) return null;
  const ordered = first && ids.includes(first) ? [first, ...ids.filter((m) => m !== first)] : ids;
  const statuses = new Set(pairs.map((p) => p.status));
  const status: IntroStatus = statuses.has('declined')
    ? 'declined'
    : statuses.has('expired')
      ? 'expired'
      : statuses.has('proposed')
        ? 'proposed'
        : 'introduced';
  const head = pairs[0] as Introduction;
  return {
    groupId,
    communityId: head.communityId,
    members: ordered as unknown as [string, string, string],
    answers,
    status,
    reason: head.reason,
    introducedAt: status === 'introduced' ? (head.introducedAt ?? null) : null,
    createdAt: head.createdAt,
    pairs,
  };
}
