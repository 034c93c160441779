import {
  decideModeration,
  type ModerationFinding,
  type ModerationSettings,
  type ModerationVerdict,
} from '@snowball/core';
import { compileExcludedKeywords } from '../excluded/match-excluded-keywords.js';
import { type NormalizedText, normalizeText } from '../normalize/normalize-text.js';
import { findContacts } from './find-contacts.js';
import { findExcluded } from './find-excluded.js';
import { findMassMentions, findRateFlood, findRepeat, type RecentMessage } from './find-flooding.js';
import { type FoundLink, findLinks, hostIn } from './find-links.js';
import { GROUP_JOIN_ZH, GROUP_NOUNS_EN, GROUP_PLATFORMS_EN, GROUP_STRONG_ZH, PROMO_BAIT_ZH } from './vocabulary.js';
import { firstMatch, phrases } from './word-list.js';

/** One message to check. Everything but `text` is optional; the CLI passes only `text` and `isNewMember`. */
export interface MessageToCheck {
  readonly text: string;
  /** Under the newcomer limits (the caller decides from the join date and `sandboxDays`). */
  readonly isNewMember?: boolean;
  /** The author's own website domains (from their profile), allowed when the club allows member websites. */
  readonly memberDomains?: readonly string[];
  /** Mentions counted by the platform; when absent they are counted in the text. */
  readonly mentionCount?: number;
  /** When the message was posted (ms since the epoch) and the author's recent messages, for flooding. */
  readonly at?: number;
  readonly history?: readonly RecentMessage[];
}

/** What the engine needs of a club: its moderation settings and its excluded keywords. */
export interface ModerationClub {
  readonly settings: ModerationSettings;
  readonly excludedKeywords?: readonly string[];
}

/** A club's rules compiled once; `check` is pure and keeps no state between messages. */
export interface ModerationEngine {
  check(message: MessageToCheck): ModerationVerdict;
  /** The findings before the club's actions are applied (for explanations and tests). */
  findings(message: MessageToCheck): ModerationFinding[];
}

const GROUP_JOIN = phrases(GROUP_JOIN_ZH);
const GROUP_STRONG = phrases(GROUP_STRONG_ZH);
const GROUP_EXPLICIT = phrases(['扫码进', '扫码入', '扫码加群', '群二维码', '进群二维码', '拉你进群', '拉你入群']);
const BAIT = phrases(PROMO_BAIT_ZH);
const PLATFORM = `(?:${GROUP_PLATFORMS_EN.join('|')})`;
const NOUN = `(?:${GROUP_NOUNS_EN.join('|')})`;
const JOIN_PLATFORM_GROUP = new RegExp(
  `(?<![a-z])join(?:ing)?[^a-z0-9]+(?:(?:our|my|the|a|this)[^a-z0-9]+)?(?:[a-z]+[^a-z0-9]+)?${PLATFORM}[^a-z0-9]+(?:[a-z]+[^a-z0-9]+)?${NOUN}(?![a-z])|(?<![a-z])${PLATFORM}[^a-z0-9]+${NOUN}[^a-z0-9]+(?:link|invite|id|number|code)(?![a-z])`,
);
const JOIN_GROUP = phrases([
  'join our group',
  'join my group',
  'join our channel',
  'join my channel',
  'join our server',
  'join my server',
]);
// "telegram group", "WhatsApp community": an invitation only when backed by a link, contact or bait.
const PLATFORM_GROUP = new RegExp(`(?<![a-z])${PLATFORM} ${NOUN}(?![a-z])`);
// Invitation links written with spaces ("t . me / xyz") are invitations all the same.
const SPACED_LINK = /\s[./]|[./]\s/;
const WELCOME = /欢迎/;
const NUMBERISH = /\d{5,}/;

/**
 * Messages longer than this are examined by their first 12,000 and last 4,000 characters, so one message never holds
 * the event loop for long (Slack allows 40,000 characters; Discord 4,000).
 */
export const MAX_EXAMINED_LENGTH = 16_000;

function examined(text: string): string {
  return text.length <= MAX_EXAMINED_LENGTH ? text : `${text.slice(0, 12_000)}\n${text.slice(-4_000)}`;
}

function clubTopicMatcher(keywords: readonly string[] | undefined): (text: NormalizedText) => string | undefined {
  if (!keywords || keywords.length === 0) return () => undefined;
  const match = compileExcludedKeywords(keywords);
  return (text) => match(text)[0];
}

/** Compiles a club's moderation rules into an engine. */
export function createModerationEngine(club: ModerationClub): ModerationEngine {
  const { settings } = club;
  const clubTopic = clubTopicMatcher(club.excludedKeywords);

  function isAllowed(link: FoundLink, memberDomains: readonly string[] | undefined): boolean {
    if (hostIn(link.host, settings.allowedDomains)) return true;
    return Boolean(settings.allowMemberWebsites && memberDomains?.length && hostIn(link.host, memberDomains));
  }

  function findings(message: MessageToCheck): ModerationFinding[] {
    const text = normalizeText(examined(message.text));
    const { folded, tight, compact } = text;
    const out: ModerationFinding[] = [];
    const links = findLinks(folded);
    const outside = links.filter((l) => !isAllowed(l, message.memberDomains));
    const contacts = findContacts(text);
    const excluded = findExcluded(text, clubTopic);
    const bait = firstMatch(BAIT, tight);

    // Invitations to other groups.
    let invited = false;
    const invites = outside.filter((l) => l.invite);
    if (invites.length === 0 && SPACED_LINK.test(folded)) {
      for (const l of findLinks(folded.replace(/\s+/g, ''))) if (l.invite && !isAllowed(l, undefined)) invites.push(l);
    }
    for (const link of invites) {
      out.push({ rule: 'ad.invite', certain: true, evidence: `${link.host}${link.path}` });
      invited = true;
    }
    const explicitGroup = firstMatch(GROUP_EXPLICIT, tight);
    const strongGroup = firstMatch(GROUP_STRONG, tight);
    const joinGroup = firstMatch(GROUP_JOIN, tight);
    const enGroup = JOIN_PLATFORM_GROUP.exec(tight)?.[0];
    const enJoinGroup = firstMatch(JOIN_GROUP, tight) ?? PLATFORM_GROUP.exec(tight)?.[0];
    const contactOffered =
      contacts.ids.length > 0 ||
      contacts.phones.length > 0 ||
      contacts.solicit !== undefined ||
      contacts.weakSolicit !== undefined ||
      contacts.qr;
    if (!invited) {
      const groupWord = explicitGroup ?? strongGroup ?? joinGroup ?? enGroup ?? enJoinGroup;
      if (groupWord) {
        const backed =
          explicitGroup !== undefined ||
          enGroup !== undefined ||
          contactOffered ||
          contacts.evasive !== undefined ||
          bait !== undefined ||
          outside.length > 0 ||
          NUMBERISH.test(compact);
        const welcome = joinGroup !== undefined && groupWord === joinGroup && WELCOME.test(tight);
        if (backed) out.push({ rule: 'ad.invite', certain: true, evidence: groupWord });
        else if (!welcome && (strongGroup !== undefined || (joinGroup !== undefined && groupWord === joinGroup)))
          out.push({ rule: 'ad.invite', certain: false, evidence: groupWord });
        invited = backed;
      }
    }

    // Moving people to private contact.
    const topicOrPromo = (excluded.topic !== undefined && !excluded.discussion) || excluded.strongPromo !== undefined;
    for (const id of contacts.ids) out.push({ rule: 'ad.contact', certain: true, evidence: id });
    for (const phone of contacts.phones) out.push({ rule: 'ad.contact', certain: contacts.phoneCue, evidence: phone });
    if (contacts.ids.length === 0 && contacts.phones.length === 0) {
      const pushy = contacts.evasive !== undefined || topicOrPromo;
      if (contacts.solicit) {
        const certain = pushy || bait !== undefined || contacts.qr;
        out.push({ rule: 'ad.contact', certain, evidence: contacts.solicit });
      } else if (contacts.weakSolicit && (pushy || bait !== undefined)) {
        out.push({ rule: 'ad.contact', certain: pushy, evidence: contacts.weakSolicit });
      } else if (contacts.evasive) {
        out.push({ rule: 'ad.contact', certain: false, evidence: contacts.evasive });
      }
    }
    const contacted = out.some((f) => f.rule === 'ad.contact' || f.rule === 'ad.invite');

    // Promotion of excluded topics.
    if (excluded.topic !== undefined) {
      if (!excluded.discussion) {
        if (excluded.strongPromo || contacted || outside.length > 0)
          out.push({ rule: 'ad.excluded', certain: true, evidence: excluded.topic });
        else if (excluded.weakPromo) out.push({ rule: 'ad.excluded', certain: false, evidence: excluded.topic });
      } else if (contacted && (excluded.strongPromo || excluded.weakPromo)) {
        out.push({ rule: 'ad.excluded', certain: true, evidence: excluded.topic });
      }
    } else if (excluded.strongPromo && !excluded.discussion) {
      out.push({ rule: 'ad.excluded', certain: contacted || outside.length > 0, evidence: excluded.strongPromo });
    }

    // Links outside the allow-list.
    const promoted = topicOrPromo || contacted || bait !== undefined;
    for (const link of outside) {
      if (link.invite) continue;
      out.push({ rule: 'ad.link', certain: link.shortener || promoted, evidence: link.host });
    }

    // Flooding.
    const mentions = findMassMentions(examined(message.text), folded, message.mentionCount, settings);
    if (mentions) out.push(mentions);
    if (message.history && message.history.length > 0) {
      const at = message.at ?? Date.now();
      const rate = findRateFlood(at, message.history, settings);
      if (rate) out.push(rate);
      const historyCompact = message.history.map((m) => normalizeText(examined(m.text)).compact);
      const repeat = findRepeat(compact, at, message.history, historyCompact, settings);
      if (repeat) out.push(repeat);
    }

    // Newcomer limits: any link (even allowed) or contact detail is held.
    if (message.isNewMember && settings.sandboxDays > 0) {
      const detail =
        links[0]?.host ??
        contacts.ids[0] ??
        contacts.phones[0] ??
        contacts.emails[0] ??
        (contacts.qr ? 'qr' : undefined) ??
        (invited ? 'invite' : undefined);
      if (detail) out.push({ rule: 'sandbox', certain: true, evidence: detail });
    }
    return out;
  }

  return {
    findings,
    check: (message) => decideModeration(settings, findings(message)),
  };
}
