import type { LinkCode } from '../domain/auth.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';

const LINK_CODE_MINUTES = 15;

/** A one-time code a member types on their other platform to use one membership on both. */
export async function createLinkCode(
  deps: Uow<'auth'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor },
): Promise<LinkCode> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const code: LinkCode = {
    code: deps.ids.code(),
    communityId: input.actor.communityId,
    memberId,
    expiresAt: new Date(deps.clock.now().getTime() + LINK_CODE_MINUTES * 60_000),
  };
  await deps.uow.run((repos) => repos.auth.createLinkCode(code));
  return code;
}
