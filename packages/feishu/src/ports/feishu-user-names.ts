import type { FeishuClient } from './feishu-client.js';
import { withFeishuRetry } from './feishu-errors.js';

/** Looks up people's display names (contact API), cached for a while; the open_id when unknown. */
export interface FeishuUserNames {
  nameOf(openId: string): Promise<string>;
}

/**
 * Names from `GET /open-apis/contact/v3/users/:open_id` (scope `contact:user.base:readonly`). A cache of
 * names is process-local on purpose: a stale or missing name only pre-fills a form.
 */
export function createUserNames(
  client: FeishuClient,
  options: { readonly ttlMs?: number; readonly max?: number } = {},
): FeishuUserNames {
  const cache = new Map<string, { name: string; until: number }>();
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 5_000;
  return {
    async nameOf(openId) {
      const hit = cache.get(openId);
      if (hit && hit.until > Date.now()) return hit.name;
      let name = openId;
      try {
        const answer = await withFeishuRetry(
          () => client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } }),
          { maxAttempts: 1 },
        );
        name = answer.data?.user?.name || openId;
      } catch {
        // Remembered too: without the contact scope every lookup would fail (and be logged) again.
        name = openId;
      }
      cache.delete(openId);
      cache.set(openId, { name, until: Date.now() + ttlMs });
      while (cache.size > max) cache.delete(cache.keys().next().value as string);
      return name;
    },
  };
}
