import type { ModerationFinding, ModerationSettings } from '@snowball/core';
import { EVERYONE_MENTIONS } from './vocabulary.js';

/** One of the author's earlier messages, as the caller remembers it (the engine keeps no state). */
export interface RecentMessage {
  /** The text, or its `compact` normal form (see `normalizeText`) when the caller stores that instead. */
  readonly text: string;
  readonly channelId?: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

// Discord <@123>, <@!123>, <@&role>; Slack <@U123>; plain "@name" in exported chat.
const PLATFORM_MENTION = /<@[!&]?[a-z0-9]+>/gi;
const PLAIN_MENTION = /(?:^|\s)@[^\s@<>]{1,32}/g;
/** Texts this short ("ok", "+1", "谢谢") are not repeats worth acting on. */
const MIN_REPEAT_LENGTH = 8;

/** Mass mentions: everyone, or more people than the club allows in one message. */
export function findMassMentions(
  text: string,
  folded: string,
  mentionCount: number | undefined,
  settings: ModerationSettings,
): ModerationFinding | undefined {
  const everyone = EVERYONE_MENTIONS.find((m) => folded.includes(m));
  if (everyone) return { rule: 'flood.mentions', certain: true, evidence: everyone };
  const count = mentionCount ?? (text.match(PLATFORM_MENTION)?.length ?? 0) + (text.match(PLAIN_MENTION)?.length ?? 0);
  if (count > settings.maxMentions) return { rule: 'flood.mentions', certain: true, evidence: `${count} mentions` };
  return undefined;
}

/** Too many messages in the window, counting this one; `history` holds the author's earlier messages. */
export function findRateFlood(
  at: number,
  history: readonly RecentMessage[],
  settings: ModerationSettings,
): ModerationFinding | undefined {
  const since = at - settings.floodWindowSeconds * 1000;
  let count = 1;
  for (const m of history) if (m.at > since && m.at <= at) count++;
  if (count <= settings.floodMaxMessages) return undefined;
  return { rule: 'flood.rate', certain: true, evidence: `${count} messages in ${settings.floodWindowSeconds}s` };
}

/** The same text posted again (here or in another channel) within the repeat window. */
export function findRepeat(
  compact: string,
  at: number,
  history: readonly RecentMessage[],
  historyCompact: readonly string[],
  settings: ModerationSettings,
): ModerationFinding | undefined {
  if (compact.length < MIN_REPEAT_LENGTH || settings.repeatWindowSeconds <= 0) return undefined;
  const since = at - settings.repeatWindowSeconds * 1000;
  for (let i = 0; i < history.length; i++) {
    const m = history[i];
    if (m && m.at > since && m.at <= at && historyCompact[i] === compact) {
      return { rule: 'flood.repeat', certain: true, evidence: m.channelId ? `also in ${m.channelId}` : 'repeated' };
    }
  }
  return undefined;
}
