import type { Community } from '../domain/community.js';
import type { Ports } from '../ports/ports.js';

/** The clubs of this deployment, by slug: for operators (`snowball club list`), not for members. */
export async function listCommunities(
  deps: Pick<Ports, 'communities'>,
  _input: Readonly<Record<string, never>> = {},
): Promise<Community[]> {
  const communities = await deps.communities.list();
  return communities.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
