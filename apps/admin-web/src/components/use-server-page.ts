import type { Endpoint, ReplyOf } from '@snowball/admin-api/contract';
import { call } from '../api/client.js';
import { useLocation } from '../router/router.js';
import { type Loaded, useApi } from './use-api.js';

/**
 * One page of a server-side list: the offset (and, for lists paged by keyset, the `after` cursor) comes from the
 * address, so a page can be linked and reloaded.
 */
export function useServerPage<K extends Endpoint>(
  endpoint: K,
  filters: Readonly<Record<string, string>>,
  limit: number,
): { readonly list: Loaded<ReplyOf<K>>; readonly offset: number } {
  const { query } = useLocation();
  const offset = Number(query.get('offset') ?? 0) || 0;
  const after = query.get('after') ?? '';
  // A screen always passes the same filter names, so the dependency list keeps its length between renders.
  const list = useApi(
    // The screen's filters are the endpoint's querystring; empty values are left out of the address.
    () => call(endpoint, { query: { ...filters, limit, offset, after } } as never),
    [endpoint, limit, offset, after, ...Object.values(filters)],
  );
  return { list, offset };
}
