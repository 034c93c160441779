import type { ModerationSettings } from '../domain/moderation-rules.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The keyword rule snowball keeps in a Discord server's native AutoMod, so the plainest ads are blocked even while
 * the bot is down. Only rules the club deletes for (certain evidence) are mirrored, and only phrases that are ads in
 * any context: AutoMod cannot tell "加我微信支付" from "加我微信", so the doubtful cases stay with the bot.
 */
export interface AutoModMirror {
  readonly name: string;
  /** Discord keyword syntax: `*x*` matches inside words (Chinese has no spaces between words). */
  readonly keywords: readonly string[];
  /** Rust regular expressions (Discord allows 10 of at most 260 characters). */
  readonly regexPatterns: readonly string[];
  /** Shown to the member whose message AutoMod blocked (Discord allows 150 characters). */
  readonly blockMessage: string;
  /** The moderators' log channel, alerted on each block; null: none. */
  readonly alertChannelId: string | null;
  /** Channels the club exempts from moderation (Discord allows 50). */
  readonly exemptChannelIds: readonly string[];
}

/** The AutoMod rule snowball owns in a server is found again by this name. */
export const AUTOMOD_RULE_NAME = 'snowball: ads and invites';

// Invitations to other communities: links that are never anything else.
const INVITES = [
  '*discord.gg/*',
  '*discord.com/invite/*',
  '*discordapp.com/invite/*',
  '*t.me/joinchat*',
  '*t.me/+*',
  '*chat.whatsapp.com/*',
  '*join.slack.com/*',
  '*qm.qq.com/*',
];
// Group invitations by QR code or group number: never anything else in a business club's chat.
const GROUP_INVITES = ['*扫码进群*', '*扫码入群*', '*进群二维码*', '*加qq群*'];
// Asking people to add a WeChat id: only with the id itself (a bare "加我微信" is held for review by the bot).
const CONTACT_PATTERNS = ['(?i)加我?\\s*(微信|薇信|威信|v信|vx|wx)\\s*[:：]?\\s*[a-z][a-z0-9_-]{5,19}'];

// Excluded topics (资金盘, 拉人头, "guaranteed returns") are not mirrored: members warn each other about them in those
// very words, and a keyword rule cannot tell the warning from the pitch (the labelled corpus has such messages).

const BLOCK_MESSAGE: Record<Locale, string> = {
  en: 'Blocked: ads, invites to other groups and requests to move to private contact are not allowed here.',
  'zh-CN': '消息已拦截：本群禁止广告、拉人进其他群以及引导私下联系。',
};

const MAX_EXEMPT_CHANNELS = 50;

/** The AutoMod rule a club's moderation settings call for on Discord, or null when none should exist. */
export function autoModMirrorOf(settings: ModerationSettings, locale: Locale): AutoModMirror | null {
  if (!settings.enabled) return null;
  const keywords = [
    ...(settings.rules['ad.invite'] === 'delete' ? INVITES : []),
    ...(settings.rules['ad.contact'] === 'delete' ? GROUP_INVITES : []),
  ];
  const regexPatterns = settings.rules['ad.contact'] === 'delete' ? CONTACT_PATTERNS : [];
  if (keywords.length === 0 && regexPatterns.length === 0) return null;
  return {
    name: AUTOMOD_RULE_NAME,
    keywords,
    regexPatterns,
    blockMessage: BLOCK_MESSAGE[locale],
    alertChannelId: settings.logChannels?.discord ?? null,
    exemptChannelIds: settings.exemptChannelIds.slice(0, MAX_EXEMPT_CHANNELS),
  };
}
