import { type Core, systemActor } from '@snowball/core';

/**
 * When the club's last matching round ran, read from the introductions it created (Postgres is the
 * source of truth), or null when no round ever created one.
 */
export async function lastMatchingRoundAt(core: Pick<Core, 'listIntros'>, communityId: string): Promise<Date | null> {
  const intros = await core.listIntros({ actor: systemActor(communityId, 'matching'), communityId, club: true });
  let last: number | null = null;
  for (const { introduction } of intros) {
    if (introduction.roundId === null) continue;
    const at = introduction.createdAt.getTime();
    if (last === null || at > last) last = at;
  }
  return last === null ? null : new Date(last);
}
