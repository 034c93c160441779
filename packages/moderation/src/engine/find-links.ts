import { INVITE_LINKS, SHORTENERS, TLDS } from './vocabulary.js';

/** A link found in a message: its host (lower case, without "www.") and the rest of the address. */
export interface FoundLink {
  readonly host: string;
  readonly path: string;
  readonly invite: boolean;
  readonly shortener: boolean;
}

// Hosts have at most a few labels: bounded repetition keeps matching linear on long runs of "a.a.a.".
// A dot, or how people write one to dodge link filters: "。", "[.]", "(.)", " dot ", "点".
const DOT = String.raw`(?:\.|。|\[\.\]|\(\.\)|\s?\(dot\)\s?|\s+dot\s+|点)`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// The address ends at a space or at Chinese text written straight after it.
const PATH = String.raw`[^\s\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]*`;
const WITH_SCHEME = new RegExp(
  String.raw`(?:https?|hxxps?)\s?[:：]\s?//\s?(${LABEL}(?:${DOT}${LABEL}){1,8})(${PATH})`,
  'g',
);
const BARE = new RegExp(
  String.raw`(?<![a-z0-9@.\-_/])((?:www${DOT})?(?:${LABEL}${DOT}){1,6}(?:${TLDS.join('|')}))(?![a-z0-9-])((?:/${PATH})?)`,
  'g',
);
const DOTS = new RegExp(DOT, 'g');

function toLink(rawHost: string, rawPath: string): FoundLink {
  const host = rawHost.replace(DOTS, '.').replace(/^www\./, '');
  const path = rawPath.replace(/[.)\]}>,，。!！?？'"”’]+$/, '');
  const address = `${host}${path}/`;
  return {
    host,
    path,
    invite: INVITE_LINKS.some((prefix) => address.startsWith(prefix) || address.includes(`.${prefix}`)),
    shortener: SHORTENERS.includes(host),
  };
}

/** The links in folded text, with or without "http", including dodged dots ("abc 。com", "abc(.)com"). */
export function findLinks(folded: string): FoundLink[] {
  if (!folded.includes('.') && !folded.includes('。') && !folded.includes('dot') && !folded.includes('点')) return [];
  const links: FoundLink[] = [];
  const seen = new Set<string>();
  const add = (host: string, path: string) => {
    const link = toLink(host, path);
    if (seen.has(link.host + link.path)) return;
    seen.add(link.host + link.path);
    links.push(link);
  };
  for (const m of folded.matchAll(WITH_SCHEME)) add(m[1] ?? '', m[2] ?? '');
  const rest = folded.replace(WITH_SCHEME, ' ');
  for (const m of rest.matchAll(BARE)) add(m[1] ?? '', m[2] ?? '');
  return links;
}

/** Whether a host is one of the domains (or a subdomain of one). */
export function hostIn(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
