import { api } from '../api/client.js';
import type { Page } from '../api/types.js';
import { useLocation } from '../router/router.js';
import { type Loaded, useApi } from './use-api.js';

/** One page of a server-side list: the offset comes from the address, so a page can be linked and reloaded. */
export function useServerPage<P extends Page<unknown>>(
  path: string,
  filters: Readonly<Record<string, string>>,
  limit: number,
): { readonly list: Loaded<P>; readonly offset: number } {
  const { query } = useLocation();
  const offset = Number(query.get('offset') ?? 0) || 0;
  // A screen always passes the same filter names, so the dependency list keeps its length between renders.
  const list = useApi(
    () => api.get<P>(path, { ...filters, limit, offset }),
    [path, limit, offset, ...Object.values(filters)],
  );
  return { list, offset };
}
