import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadMember } from '../rules/load.js';
import { hashSecret } from '../rules/secret.js';

/**
 * A member gets a new secret for their calendar feed URL; the previous URL stops working at once. With
 * `revoke`, the feed is switched off and no new secret is made. Only the hash is stored: the token is shown
 * once, to be put in a URL by the caller (the API serves the feed by token).
 */
export async function rotateCalendarToken(
  deps: Uow<'auth' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly revoke?: boolean },
): Promise<{ readonly token: string | null }> {
  if (input.actor.kind !== 'member' || input.actor.communityId !== input.communityId) {
    throw new DomainError('auth.forbidden');
  }
  const memberId = input.actor.memberId;
  const token = input.revoke ? null : deps.ids.token();
  await deps.uow.run(async (repos) => {
    const member = await loadMember(repos, input.communityId, memberId);
    if (!token) {
      await repos.auth.deleteCalendarToken(input.communityId, member.id);
      return;
    }
    await repos.auth.setCalendarToken({
      tokenHash: hashSecret(token),
      communityId: input.communityId,
      memberId: member.id,
      createdAt: deps.clock.now(),
    });
  });
  return { token };
}
