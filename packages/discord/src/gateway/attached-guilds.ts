/**
 * Which Discord guilds the bot serves right now. A guild an owner connects from the panel is served at once,
 * and a disconnected one stops, without restarting the bot: each question reads the current attachment (from
 * the clubs' repository), remembered for a few seconds so a busy channel does not ask the database per message.
 */
export interface AttachedGuilds {
  /** Whether the guild is attached to a club now. */
  has(guildId: string): Promise<boolean>;
  /** Every attached guild now (a member's DM is matched to their account in one of them). */
  list(): Promise<readonly string[]>;
  /** Forgets what is remembered (one guild, or all): the next question reads the attachment again. */
  invalidate(guildId?: string): void;
}

/** Where the attachment is read: one guild (an indexed lookup), or all of them. */
export interface AttachedGuildSource {
  has(guildId: string): Promise<boolean>;
  list(): Promise<readonly string[]>;
}

/** How long an answer is trusted: a guild connected or disconnected in another process counts after this. */
export const ATTACHED_GUILDS_TTL_MS = 5_000;
/** At most this many guilds' answers are remembered (the oldest goes first). */
const MAX_REMEMBERED = 10_000;

/** A fixed set (tests, or a bot without a database): what it was started with. */
export function fixedGuilds(guildIds: readonly string[]): AttachedGuilds {
  const ids = [...new Set(guildIds)];
  return {
    has: async (guildId) => ids.includes(guildId),
    list: async () => ids,
    invalidate: () => undefined,
  };
}

/**
 * The source's answers, each remembered for `ttlMs`. Questions asked while one is being read share it (so the
 * messages of one guild keep their order); a failed read is not remembered.
 */
export function cachedAttachedGuilds(
  source: AttachedGuildSource,
  options: { readonly ttlMs?: number; readonly now?: () => number } = {},
): AttachedGuilds {
  const ttlMs = options.ttlMs ?? ATTACHED_GUILDS_TTL_MS;
  const now = options.now ?? Date.now;
  const one = new Map<string, { answer: Promise<boolean>; until: number }>();
  let all: { answer: Promise<readonly string[]>; until: number } | null = null;

  return {
    has(guildId) {
      const hit = one.get(guildId);
      if (hit && hit.until > now()) return hit.answer;
      one.delete(guildId);
      const answer = source.has(guildId);
      one.set(guildId, { answer, until: now() + ttlMs });
      if (one.size > MAX_REMEMBERED) one.delete(one.keys().next().value as string);
      answer.catch(() => {
        if (one.get(guildId)?.answer === answer) one.delete(guildId);
      });
      return answer;
    },
    list() {
      if (all && all.until > now()) return all.answer;
      const answer = source.list();
      const entry = { answer, until: now() + ttlMs };
      all = entry;
      answer.catch(() => {
        if (all === entry) all = null;
      });
      return answer;
    },
    invalidate(guildId) {
      if (guildId === undefined) one.clear();
      else one.delete(guildId);
      all = null;
    },
  };
}
