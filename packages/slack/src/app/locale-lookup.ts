import type { SlackWebClient } from '../ports/slack-clients.js';

/** The Slack locale tag of a user (`zh-CN`, `en-US`), or null when unknown. */
export type LocaleLookup = (client: SlackWebClient, teamId: string, userId: string) => Promise<string | null>;

/**
 * Looks the user's locale up with `users.info` (`include_locale`), since slash commands and interactions
 * do not carry it. Cached per user; slow or failed lookups give null (the club's default language).
 */
export function createLocaleLookup(options: { ttlMs?: number; max?: number; timeoutMs?: number } = {}): LocaleLookup {
  const ttlMs = options.ttlMs ?? 3_600_000;
  const max = options.max ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 800;
  const cache = new Map<string, { locale: string | null; until: number }>();
  return async (client, teamId, userId) => {
    const key = `${teamId}:${userId}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.locale;
    let timer: NodeJS.Timeout | undefined;
    const locale = await Promise.race([
      client.users
        .info({ user: userId, include_locale: true })
        .then((r) => (typeof r.user?.locale === 'string' ? r.user.locale : null))
        .catch(() => null),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    cache.delete(key);
    cache.set(key, { locale, until: Date.now() + (locale ? ttlMs : 60_000) });
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return locale;
  };
}
