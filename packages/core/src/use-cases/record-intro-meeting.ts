import type { Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/**
 * A member of an introduced introduction says "we met" (`/intros` or the follow-up's "We met" button). The
 * meeting counts (glossary: met) once both said so; a deal recorded for it counts as met too. Recorded apart
 * from deals, so the funnel suggested → accepted → met → deal shows where introductions stop. Saying it
 * again changes nothing.
 */
export async function recordIntroMeeting(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly introductionId: string },
): Promise<Introduction> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const intro = await repos.introductions.get(community.id, input.introductionId);
    if (!intro) throw new DomainError('intro.not_found');
    const side = intro.memberA === actor.memberId ? 'metA' : intro.memberB === actor.memberId ? 'metB' : null;
    if (!side) throw new DomainError('intro.not_party');
    if (intro.status !== 'introduced') throw new DomainError('intro.not_introduced');
    if (intro[side]) return intro;
    const after: Introduction = { ...intro, [side]: now };
    await repos.introductions.update(after);
    return after;
  });
}
