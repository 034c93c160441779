import { type NormalizedText, tighten } from '../normalize/normalize-text.js';
import {
  AMBIGUOUS_CHANNELS_EN,
  CONTACT_CHANNELS_EN,
  CONTACT_CHANNELS_ZH,
  EVASIVE_CHANNELS_ZH,
  NUMBER_LABELS,
  PHONE_CUES,
  QR_PAYMENT_ZH,
  SOLICIT_EN,
  SOLICIT_WEAK,
  SOLICIT_ZH,
} from './vocabulary.js';
import { firstMatch, phrases } from './word-list.js';

/** Contact details and requests to move to private contact found in one message. */
export interface FoundContacts {
  /** Mobile or international phone numbers (digits only). */
  readonly phones: readonly string[];
  /** Something that asks to call or message: a channel name, a request, "联系", "call". */
  readonly phoneCue: boolean;
  /** Ids written after a channel name: "vx: abc_123", "QQ 12345678", "tel 021-12345678". */
  readonly ids: readonly string[];
  readonly emails: readonly string[];
  /** A request to be contacted privately ("加我微信", "私聊", "whatsapp me"), as matched. */
  readonly solicit: string | undefined;
  /** An everyday request ("dm me", "加我", "call me") that is a solicitation only with other signs. */
  readonly weakSolicit: string | undefined;
  /** A spelling of WeChat whose only purpose is dodging filters (威信, v信, 微x...). */
  readonly evasive: string | undefined;
  /** A channel named (微信, WhatsApp, phone...). */
  readonly channel: string | undefined;
  /** A QR code or "scan" that is not about paying. */
  readonly qr: boolean;
}

const CHANNEL = phrases([...CONTACT_CHANNELS_ZH, ...EVASIVE_CHANNELS_ZH, ...CONTACT_CHANNELS_EN]);
const EVASIVE = phrases(EVASIVE_CHANNELS_ZH);
const SOLICIT = phrases([...SOLICIT_ZH, ...SOLICIT_EN]);
const SOLICIT_WEAKLY = phrases(SOLICIT_WEAK);
// "有兴趣的加我。", "想赚钱的兄弟 加我": "add me" closing a sentence.
const ADD_ME_AT_END = /加我(?=\s*(?:[，。,.!！~～]|$))/;
const PLUS_V = /(?:\+|加)\s?(?:v|vx|wx|q|微)(?![a-z])/;
const PHONE_CUE = phrases(PHONE_CUES);
const QR = phrases(['二维码', '扫码', '扫一扫', '扫描', 'qr code', 'qrcode', 'scan']);
const QR_PAYMENT = phrases(QR_PAYMENT_ZH);
const LABEL = phrases(NUMBER_LABELS.filter((l) => l !== '#'));
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUES = [...CONTACT_CHANNELS_ZH, ...EVASIVE_CHANNELS_ZH, ...CONTACT_CHANNELS_EN]
  .filter((w) => !AMBIGUOUS_CHANNELS_EN.includes(w))
  .map(escapeRegExp)
  .sort((a, b) => b.length - a.length);
const AMBIGUOUS = AMBIGUOUS_CHANNELS_EN.map(escapeRegExp).join('|');
const SEP = String.raw`[^a-z0-9\p{Script=Han}\n]`;
// A channel name, an optional "number/id" word and a separator, then the id itself. A lone "v"/"q" counts after
// "加"/"+" or before a colon ("v：abc_123").
const ID_AFTER_CUE = new RegExp(
  String.raw`(?:(?<![a-z0-9])(?:${CUES.join('|')})|(?:加|\+)\s?[vq]|(?<![a-z0-9])(?:[vq]|${AMBIGUOUS})(?=${SEP}{0,2}(?:[:：]|id|号)))(?:${SEP}{0,2}(号码|号|id|账号|帐号))?(${SEP}{0,4}(?:是|为|:)?${SEP}{0,3})([a-z0-9][a-z0-9_.-]{4,24})`,
  'gu',
);
const DIGIT_RUN = /\+?\d(?:[^\p{L}\p{N}\n]{0,2}\d){6,15}/gu;
const MOBILE_CN = /^(?:0{0,2}86)?1[3-9]\d{9}$/;
const PRICE_AFTER = /^\s?(?:元|块|万|千|rmb|cny|usd|美元|美金|港币|欧元|%|pcs|件|个|吨|kg|箱)/;
const PRICE_BEFORE = /[¥￥$€£]\s?$/;

function isLabelled(before: string): boolean {
  const window = before.slice(-14);
  return window.includes('#') || firstMatch(LABEL, tighten(window)) !== undefined;
}

function findPhones(folded: string, hasCue: boolean): string[] {
  if (!/\d{2}/.test(folded.replace(/[^\d]+/g, (s) => (s.length <= 2 ? '' : ' ')))) return [];
  const phones: string[] = [];
  for (const m of folded.matchAll(DIGIT_RUN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const digits = raw.replace(/\D/g, '');
    // Only the few characters around the number matter (bounded, so long messages stay linear).
    const before = folded.slice(Math.max(0, start - 16), start);
    const after = folded.slice(start + raw.length, start + raw.length + 8);
    if (/[\d.]$/.test(before) || PRICE_BEFORE.test(before) || PRICE_AFTER.test(after)) continue;
    if (isLabelled(before)) continue;
    const mobile = MOBILE_CN.test(digits);
    const international =
      (raw.startsWith('+') && digits.length >= 10 && digits.length <= 13) ||
      (/^00[1-9]/.test(digits) && digits.length >= 12 && digits.length <= 15);
    const landline = hasCue && /^0\d{9,11}$/.test(digits);
    if (mobile || international || landline) phones.push(digits);
  }
  return phones;
}

function findIds(joined: string): string[] {
  const ids: string[] = [];
  for (const m of joined.matchAll(ID_AFTER_CUE)) {
    const cue = m[0].split(/[:：]/)[0]?.trim() ?? '';
    const marker = Boolean(m[1]) || /[:是为=]/.test(m[2] ?? '') || /(?:^|[^a-z])[vq]$/.test(cue);
    const id = m[3] ?? '';
    const looksLikeId = /\d/.test(id) || id.includes('_') || (marker && /^[a-z][a-z0-9_-]{5,}$/.test(id));
    if (looksLikeId && !(/^\d+$/.test(id) && id.length < 5)) ids.push(id);
  }
  return ids;
}

/** Contact details and private-contact requests in a normalised message. */
export function findContacts(text: NormalizedText): FoundContacts {
  const { folded, joined, tight } = text;
  const channel = firstMatch(CHANNEL, tight);
  const solicit =
    firstMatch(SOLICIT, tight) ?? (PLUS_V.exec(joined)?.[0] || undefined) ?? ADD_ME_AT_END.exec(folded)?.[0];
  const qrWord = firstMatch(QR, tight) !== undefined;
  return {
    phones: findPhones(folded, channel !== undefined || solicit !== undefined),
    phoneCue: channel !== undefined || solicit !== undefined || firstMatch(PHONE_CUE, tight) !== undefined,
    ids: findIds(joined),
    emails: folded.includes('@') ? (folded.match(EMAIL) ?? []) : [],
    solicit,
    weakSolicit: firstMatch(SOLICIT_WEAKLY, tight),
    evasive: firstMatch(EVASIVE, tight),
    channel,
    qr: qrWord && firstMatch(QR_PAYMENT, tight) === undefined,
  };
}
